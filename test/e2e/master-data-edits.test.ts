import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { expectListFollowsLanguage } from './support/list-language.js';
import { db } from '../../server/db/database.js';

/** GraphQL from inside the page with the session cookie and CSRF token (what "someone else" does meanwhile). */
function gql(page: Page, query: string, variables: object) {
  return page.evaluate(
    async ({ query, variables }) => {
      const csrf = decodeURIComponent(/(?:^|;\s*)hub_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    },
    { query, variables },
  );
}

/**
 * Master-data edits and findings in the console: a stale provider edit is refused with the
 * "changed meanwhile" message and overwrites nothing; a viewer gets no Edit button; an
 * auditor records a finding from an agreement's page; the provider list names each provider in
 * the screen's language.
 */
describe('edits and findings', () => {
  const rig = useConsoleRig();

  it('refuses a stale provider edit and says so; a viewer has no Edit button', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    try {
      await logIn(page, rig.hub.url, 'mas-admin');
      const found = await gql(
        page,
        'query { providers(first: 1, filter: { search: "马鞍山市中心医院" }) { edges { node { id version nameEn } } } }',
        {},
      );
      const provider = (
        found.data!.providers as { edges: { node: { id: string; version: number; nameEn: string } }[] }
      ).edges[0]!.node;
      await page.goto(`${rig.hub.url}/admin/#/providers/${encodeURIComponent(provider.id)}/show`);
      await page.locator(`main a[href="#/providers/${encodeURIComponent(provider.id)}"]`).click();
      const nameEn = page.locator('input[name="nameEn"]');
      await nameEn.waitFor({ timeout: 20_000 });
      await nameEn.fill(`${provider.nameEn} (edited in the console)`);
      // Meanwhile someone else edits the same provider: its version moves on.
      const meanwhile = await gql(
        page,
        'mutation($input: UpdateProviderInput!) { updateProvider(input: $input) { provider { version } } }',
        { input: { id: provider.id, expectedVersion: provider.version, address: 'E2E 并发修改的地址' } },
      );
      expect(meanwhile.errors).toBeUndefined();
      await page.locator('main button[type="submit"]').click();
      await page
        .locator('[role="alert"]', { hasText: t('zh-CN', 'hub.errors.stale') })
        .waitFor({ timeout: 20_000 });
      await screenshot(page, 'edit-01-stale-provider', { fullPage: false });
      const after = await gql(page, 'query($id: ID!) { provider(id: $id) { nameEn address version } }', {
        id: provider.id,
      });
      expect(after.data!.provider).toEqual({
        nameEn: provider.nameEn,
        address: 'E2E 并发修改的地址',
        version: provider.version + 1,
      });

      const viewer = await rig.browser.newContext({ viewport: { width: 1440, height: 960 } });
      const viewerPage = await viewer.newPage();
      await logIn(viewerPage, rig.hub.url, 'mas-viewer');
      await viewerPage.goto(`${rig.hub.url}/admin/#/providers/${encodeURIComponent(provider.id)}/show`);
      await viewerPage.locator('[data-testid="audit-link"]').waitFor();
      expect(
        await viewerPage.locator(`main a[href="#/providers/${encodeURIComponent(provider.id)}"]`).count(),
      ).toBe(0);
      await viewer.close();
    } finally {
      await context.close();
    }
  });

  it("records a finding from an agreement's page", async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    try {
      await logIn(page, rig.hub.url, 'mas-auditor');
      const filter = { status: ['ACTIVE'], kind: ['MEDICAL_INSTITUTION_SERVICE'] };
      await page.goto(`${rig.hub.url}/admin/#/agreements?filter=${encodeURIComponent(JSON.stringify(filter))}`);
      await page.locator('td.column-number').first().click();
      await page.locator('a[href="#/findings/create"]').click();
      await page.locator('input[name="violatingAmountYuan"]').waitFor({ timeout: 20_000 });
      // The agreement comes filled in from the page it was opened on.
      await expect
        .poll(() => page.locator('input[aria-autocomplete="list"]').first().inputValue(), { timeout: 20_000 })
        .not.toBe('');
      await page.locator('input[aria-autocomplete="list"]').nth(1).click();
      await page.locator('[role="option"]').first().click();
      await page.locator('input[name="violatingAmountYuan"]').fill('12,345.60');
      await page.locator('textarea[name="description"]').first().fill('E2E: 串换药品 / drug substitution');
      await screenshot(page, 'finding-01-form');
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL(/#\/findings\/[^/]+\/show/, { timeout: 20_000 });
      await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain('12,345.60');
      await screenshot(page, 'finding-02-recorded');
    } finally {
      await context.close();
    }
  });

  it('lists the providers under their names in the screen’s language', async () => {
    // An English screen listed every provider under its Chinese name, though each has an English one.
    await expectListFollowsLanguage(
      rig.browser,
      rig.hub.url,
      { resource: 'providers', header: 'resources.providers.fields.name' },
      async (code) => {
        const provider = await db().provider.findFirstOrThrow({ where: { code } });
        return { en: provider.nameEn, zh: provider.nameZh };
      },
    );
  });
});
