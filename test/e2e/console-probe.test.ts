import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useConsoleRig } from './support/console-rig.js';
import { recordProblems } from './support/problems.js';
import { logIn, screenshot } from './support/browser.js';
import { t, type Locale } from './support/i18n.js';

/**
 * What an outside tester met walking the demo console at 1280×800: a rule hit's explanation and
 * history without their labels (and "No Review queue found" under an untouched history), wide
 * lists widening the page past the window (the knowledge library's import action off screen),
 * a negative amount answered by graphql-js's English sentence, provider staff's physician list
 * failing with INTERNAL_SERVER_ERROR, and the audit log naming records by their type names.
 */
describe('console as a newcomer meets it', () => {
  const rig = useConsoleRig();

  /** A 1280×800 page signed in as `username`, recording GraphQL errors and failed responses. */
  async function open(username: string, locale: Locale) {
    const context = await rig.browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    const page = await context.newPage();
    const problems = recordProblems(page);
    await logIn(page, rig.hub.url, username);
    const go = (hash: string) => page.goto(`${rig.hub.url}/admin/${locale === 'en' ? '?locale=en' : ''}#${hash}`);
    return { page, problems, go, close: () => context.close() };
  }

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it("labels a rule hit's explanation and history, in both languages", async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { page, problems, go, close } = await open('mas-auditor', locale);
      // A hit of the sex-restriction rule (the screened demo month has some; which page they are on varies).
      const hitId = await page.evaluate(async () => {
        const csrf = decodeURIComponent(/(?:^|;\s*)hub_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
        const ask = async (query: string, variables: object = {}) => {
          const r = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
            body: JSON.stringify({ query, variables }),
          });
          return (await r.json()).data;
        };
        const rules = await ask('{ auditRules(first: 100) { edges { node { id code } } } }');
        const rule = rules.auditRules.edges.find((e: { node: { code: string } }) => e.node.code === 'MAS-SEX_RESTRICTION');
        const hits = await ask('query($f: RuleHitFilter) { ruleHits(first: 1, filter: $f) { edges { node { id } } } }', {
          f: { ruleId: rule.node.id },
        });
        return hits.ruleHits.edges[0].node.id as string;
      });
      await go(`/ruleHits/${encodeURIComponent(hitId)}/show`);
      const explanation = page.locator('.ra-field', { hasText: t(locale, 'resources.ruleHits.fields.explanation') });
      await expect.poll(() => explanation.innerText()).toMatch(locale === 'en' ? /is restricted to (fe)?male patients/ : /限(男|女)性使用/);
      const history = page.locator('.ra-field', { hasText: t(locale, 'hub.review.history') });
      await expect.poll(() => history.innerText()).toContain(t(locale, 'hub.empty'));
      expect(await page.locator('#main-content').innerText()).not.toMatch(/No .* found/);
      await screenshot(page, `probe-01-hit-${locale}`);
      expect(problems).toEqual([]);
      await close();
    }
  });

  it('keeps wide lists and their actions inside a 1280 px window', async () => {
    const { page, problems, go, close } = await open('mas-admin', 'en');
    await go('/knowledgeEntries');
    await page.locator('td.column-catalogueCode').first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const importButton = page.getByRole('button', { name: t('en', 'hub.monitoring.importBatch') });
    expect(await importButton.isVisible()).toBe(true);
    expect((await importButton.boundingBox())!.x + 10).toBeLessThan(1280);

    await go('/ruleHits');
    await page.locator('td.column-claimRef').first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // The bulk-action bar slides in above the table: the table's scrolling must not clip it.
    await page.locator('tbody input[type="checkbox"]').first().check();
    await expect.poll(() => page.locator('button[data-action="hub.review.bulkConfirm"]').isVisible()).toBe(true);
    await screenshot(page, 'probe-02-review-queue-1280');
    expect(problems).toEqual([]);
    await close();
  });

  it('refuses a negative amount beside its field, before asking the hub', async () => {
    const { page, go, close } = await open('mas-auditor', 'zh-CN');
    let recorded = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && /RecordFinding/.test(r.postData() ?? '')) recorded += 1;
    });
    await go('/findings/create');
    const amount = page.getByLabel(t('zh-CN', 'hub.finding.amountYuan'));
    await amount.fill('-5');
    await page.getByLabel(t('zh-CN', 'resources.findings.fields.description')).fill('药品串换');
    await page.locator('button[type="submit"]').click();
    await page.getByText(t('zh-CN', 'hub.errors.negativeAmount')).waitFor();
    expect(recorded).toBe(0);
    await close();
  });

  it("shows provider staff the physicians practising with them (another provider's first site as —)", async () => {
    const { page, problems, go, close } = await open('mas-hospital-staff', 'zh-CN');
    await go('/physicians');
    await page.locator('td.column-code').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await close();
  });

  it('offers a read-only viewer no agreement template to create', async () => {
    const { page, problems, go, close } = await open('mas-viewer', 'zh-CN');
    await go('/agreementTemplates');
    await page.locator('.list-page').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('a[href$="/agreementTemplates/create"]').count()).toBe(0);
    await go('/agreementTemplates/create');
    await page.locator('[data-testid="no-access"]').waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('names each kind of record in the audit log in the reader language', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { page, go, close } = await open('mas-admin', locale);
      await go('/auditEvents');
      await page.getByText(t(locale, 'console.entities.ClaimImport')).first().waitFor();
      expect(await page.locator('#main-content').innerText()).not.toMatch(/ClaimImport|KnowledgeImport/);
      await close();
    }
  });

  it('keeps the create button on an empty list (an insurer with no tip-offs yet can receive one)', async () => {
    const { page, problems, go, close } = await open('gx-admin', 'zh-CN');
    await go('/tipOffs');
    await page.getByText(t('zh-CN', 'hub.empty')).waitFor({ timeout: 20_000 });
    await page.locator('a[href="#/tipOffs/create"]').click();
    await page.waitForURL(/#\/tipOffs\/create/);
    await page.locator('main form').waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});
