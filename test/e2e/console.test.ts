import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t, type Locale } from './support/i18n.js';
import { createAndSignAgreement, filterAgreementsByStatus, penaltyWorkflow, seeLiveEvent, suspendAgreement, switchLocale } from './support/lifecycle.js';

/**
 * The console end to end in Debian's Chromium against the real hub (`startApp`: embedded
 * database with the demo seed, the production build served at /admin): an insurer admin
 * filters agreements, creates and signs one, suspends it, proposes a penalty from a finding,
 * issues it, records an appeal and decides it, while a second tab on the audit log receives
 * every step live. Once in Chinese (the default) and once in English.
 */
/** "已校验 12 条事件" / "12 events checked" → 12. */
const checkedCount = (banner: string) => Number(/(\d+)/.exec(banner.replace(/\s+/g, ' '))?.[1] ?? 0);

describe('admin console', () => {
  const rig = useConsoleRig();

  async function openSession(locale: Locale): Promise<{ context: BrowserContext; page: Page; audit: Page }> {
    const context = await rig.browser.newContext({
      viewport: { width: 1440, height: 960 },
      locale: locale === 'en' ? 'en-GB' : 'zh-CN',
    });
    const page = await context.newPage();
    await logIn(page, rig.hub.url, 'mas-admin');
    if (locale === 'en') await switchLocale(page, 'en');
    // The audit log in its own tab, subscribed before anything happens.
    const audit = await context.newPage();
    await audit.goto(`${rig.hub.url}/admin/#/auditEvents`);
    await audit
      .locator('[data-testid="live-status"]', { hasText: t(locale, 'hub.audit.live') })
      .waitFor({ timeout: 30_000 });
    await audit.locator('[data-testid="chain-status"]').waitFor({ timeout: 30_000 });
    expect(await audit.locator('[data-testid="chain-status"]').innerText()).toContain(
      t(locale, 'hub.audit.chainOk').split('：')[0]!.split(':')[0]!,
    );
    // Back to the main tab: Chromium does not run animations in a background tab (dialogs would stay transparent).
    await page.bringToFront();
    return { context, page, audit };
  }

  it('refuses a stale action and says so, overwriting nothing (optimistic locking)', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    try {
      await logIn(page, rig.hub.url, 'mas-admin');
      await filterAgreementsByStatus(page, rig.hub.url, 'zh-CN', 'ACTIVE');
      await page.locator('td.column-number').first().click();
      await page.locator('button[data-action="hub.actions.suspend"]').click();
      const dialog = page.locator('[role="dialog"]');
      await dialog.locator('textarea[name="reason"]').first().fill('E2E: 过期的页面');
      // Meanwhile someone else amends the agreement (the same API, another request): its version moves on.
      const id = decodeURIComponent(/#\/agreements\/([^/]+)\/show/.exec(page.url())![1]!);
      const amended = await page.evaluate(async (agreementId) => {
        const csrf = decodeURIComponent(/(?:^|;\s*)hub_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
        const call = async (query: string, variables: object) =>
          (
            await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
              body: JSON.stringify({ query, variables }),
            })
          ).json();
        const current = await call('query($id: ID!) { agreement(id: $id) { version } }', { id: agreementId });
        return call(
          'mutation($input: AmendAgreementInput!) { amendAgreement(input: $input) { agreement { version status } } }',
          {
            input: {
              id: agreementId,
              expectedVersion: current.data.agreement.version,
              changeNote: 'E2E: 并发变更',
              clauses: [
                {
                  clauseNo: 'E2E-1',
                  titleZh: '并发条款',
                  titleEn: 'Concurrent clause',
                  bodyZh: '并发变更的条款',
                  bodyEn: 'A clause added meanwhile',
                },
              ],
            },
          },
        );
      }, id);
      expect(amended.errors).toBeUndefined();
      await dialog.locator('button[type="submit"]').click();
      await dialog
        .locator('[role="alert"]', { hasText: t('zh-CN', 'hub.errors.stale') })
        .waitFor({ timeout: 20_000 });
      await screenshot(page, 'stale-01-refused', { fullPage: false });
      await dialog.locator('button', { hasText: t('zh-CN', 'hub.actions.cancel') }).click();
      await page.reload();
      await page.locator('button[data-action="hub.actions.suspend"]').waitFor();
      expect(await page.locator('main').innerText()).toContain(t('zh-CN', 'enums.AgreementStatus.ACTIVE'));
    } finally {
      await context.close();
    }
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`runs an agreement and a penalty through their lifecycle (${locale})`, async () => {
      const tag = locale === 'en' ? 'en' : 'zh';
      const { context, page, audit } = await openSession(locale);
      const checkedAtStart = checkedCount(await audit.locator('[data-testid="chain-status"]').innerText());
      try {
        await page.goto(`${rig.hub.url}/admin/#/`);
        await page.locator('[data-testid="chart-by-month"]').waitFor();
        await page
          .locator('[data-testid="chart-by-month"] .recharts-surface')
          .first()
          .waitFor({ timeout: 20_000 });
        await screenshot(page, `${tag}-01-dashboard`);

        await filterAgreementsByStatus(page, rig.hub.url, locale, 'ACTIVE');
        await screenshot(page, `${tag}-02-agreements-active`);

        const agreement = await createAndSignAgreement(page, rig.hub.url, locale, tag);
        await suspendAgreement(page, locale, tag);
        const { penaltyNumber } = await penaltyWorkflow(page, rig.hub.url, locale, tag);

        for (const type of [
          'agreement.drafted',
          'agreement.draftUpdated',
          'agreement.signed',
          'agreement.suspended',
        ])
          await seeLiveEvent(audit, type, agreement.number);
        for (const type of ['penalty.proposed', 'penalty.issued', 'penalty.appealed', 'penalty.decided'])
          await seeLiveEvent(audit, type, penaltyNumber);
        expect(await audit.locator('[data-testid="live-status"]').innerText()).toBe(
          t(locale, 'hub.audit.live'),
        );
        // The decision as a sentence: who (by name), what, which penalty (by number), the
        // states in words and the amounts in yuan, no ids and no raw JSON.
        const decided = await audit.locator(`tr[data-type="penalty.decided"]`).first().innerText();
        expect(decided).toContain(t(locale, 'eventTypes.penalty.decided'));
        expect(decided).toContain('马鞍山医保中心管理员');
        expect(decided).toContain(penaltyNumber);
        expect(decided).toContain(
          `${t(locale, 'enums.PenaltyStatus.APPEALED')} → ${t(locale, 'enums.PenaltyStatus.REDUCED')}`,
        );
        expect(decided).toMatch(locale === 'en' ? /Amount:\s*¥1,000\.00/ : /金额：\s*1,000\.00 元/);
        expect(decided).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|amountFen|"toStatus"/);
        // The chain banner follows the live events (re-verified as they arrive).
        await expect
          .poll(async () => checkedCount(await audit.locator('[data-testid="chain-status"]').innerText()), {
            timeout: 20_000,
          })
          .toBeGreaterThanOrEqual(checkedAtStart + 8);
        await screenshot(audit, `${tag}-13-audit-live`);

        // Every record links to its own events.
        await page.locator('[data-testid="audit-link"]').click();
        await page.locator('tr[data-type="penalty.decided"]').first().waitFor();
        const subjects = await page.locator('[data-testid="audit-events"] tbody tr').allInnerTexts();
        expect(subjects.length).toBeGreaterThanOrEqual(4);
        expect(subjects.every((row) => row.includes(penaltyNumber))).toBe(true);
        await screenshot(page, `${tag}-14-penalty-events`);
      } catch (error) {
        await screenshot(page, `${tag}-failure`).catch(() => undefined);
        await screenshot(audit, `${tag}-failure-audit`).catch(() => undefined);
        throw error;
      } finally {
        await context.close();
      }
    });
  }
});
