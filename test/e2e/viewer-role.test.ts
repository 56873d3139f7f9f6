import { describe, expect, it } from 'vitest';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';

/**
 * A read-only insurer viewer (INSURER_VIEWER) sees the same records but no action: no create
 * button, no lifecycle or penalty buttons. And hiding is not the protection: the same
 * session calling a mutation directly is refused by the hub.
 */
describe('viewer role', () => {
  const rig = useConsoleRig();

  it('shows no action buttons, and a direct call with the session is refused', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    try {
      await logIn(page, rig.hub.url, 'mas-viewer');
      await page.goto(
        `${rig.hub.url}/admin/#/agreements?filter=${encodeURIComponent(JSON.stringify({ status: 'ACTIVE' }))}`,
      );
      await page.locator('td.column-number').first().waitFor();
      expect(await page.locator('a[href$="/agreements/create"]').count()).toBe(0);
      await screenshot(page, 'viewer-01-agreements');

      await page.locator('td.column-number').first().click();
      await page.locator('[data-testid="audit-link"]').waitFor();
      expect(await page.locator('button[data-action]').count()).toBe(0);
      await screenshot(page, 'viewer-02-agreement');
      const agreementId = decodeURIComponent(/#\/agreements\/([^/]+)\/show/.exec(page.url())![1]!);

      // The same page shows the lifecycle buttons to an insurer admin: their absence above is the role's doing.
      const admin = await rig.browser.newContext({ viewport: { width: 1440, height: 960 } });
      const adminPage = await admin.newPage();
      await logIn(adminPage, rig.hub.url, 'mas-admin');
      await adminPage.goto(page.url());
      await adminPage.locator('button[data-action="hub.actions.suspend"]').waitFor();
      expect(await adminPage.locator('button[data-action]').count()).toBeGreaterThanOrEqual(3);
      await admin.close();

      await page.goto(`${rig.hub.url}/admin/#/penalties`);
      await page.locator('td.column-number').first().click();
      await page.locator('[data-testid="audit-link"]').waitFor();
      expect(await page.locator('button[data-action]').count()).toBe(0);
      await screenshot(page, 'viewer-03-penalty');

      // The same session (cookie + CSRF token) calling the API directly is refused.
      const answer = await page.evaluate(async (id) => {
        const csrf = /(?:^|;\s*)hub_csrf=([^;]+)/.exec(document.cookie)?.[1];
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf ?? '') },
          body: JSON.stringify({
            query:
              'mutation($input: SuspendAgreementInput!) { suspendAgreement(input: $input) { agreement { id status } } }',
            variables: { input: { id, expectedVersion: 1, scope: 'AGREEMENT', reason: 'viewer tries' } },
          }),
        });
        return { status: response.status, body: await response.json() };
      }, agreementId);
      expect(answer.body.data?.suspendAgreement ?? null).toBeNull();
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      // …and a read with the same session works, so the refusal is about the role, not the session.
      const read = await page.evaluate(async () => {
        const csrf = /(?:^|;\s*)hub_csrf=([^;]+)/.exec(document.cookie)?.[1];
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf ?? '') },
          body: JSON.stringify({ query: '{ viewer { role capabilities } }' }),
        });
        return response.json();
      });
      expect(read.data.viewer.role).toBe('INSURER_VIEWER');
      expect(read.data.viewer.capabilities).toContain('read');
      for (const capability of ['manageAgreements', 'proposePenalties', 'decidePenalties', 'fileAppeals']) {
        expect(read.data.viewer.capabilities).not.toContain(capability);
      }
    } finally {
      await context.close();
    }
  });
});
