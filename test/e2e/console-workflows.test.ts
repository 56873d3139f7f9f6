import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t, type Locale } from './support/i18n.js';
import { localMonth } from '../../admin/src/common/format.js';

/** GraphQL from inside the page with the session cookie and CSRF token (what "someone else" does meanwhile). */
function gql(page: Page, query: string, variables: object = {}) {
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
 * A clerk's daily work on agreements, as an outside tester drove it: the template is a choice
 * of the agency's published templates (it was free text), whose terms fill the draft with money
 * limits in yuan (they showed fen under the label 元); a negative limit is refused beside its
 * input and nothing is saved; a dialog reopened after a refusal starts clean (it kept the
 * refusal).
 */
describe('agreement drafting in the console', () => {
  const rig = useConsoleRig();

  async function open(username: string, locale: Locale) {
    const context = await rig.browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    const drafts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('draftAgreement('))
        drafts.push(r.url());
    });
    await logIn(page, rig.hub.url, username);
    const go = (hash: string) =>
      page.goto(`${rig.hub.url}/admin/${locale === 'en' ? '?locale=en' : ''}#${hash}`);
    return { page, problems, drafts, go, close: () => context.close() };
  }

  const fieldOf = (page: Page, name: string) =>
    page.locator('.MuiTextField-root', { has: page.locator(`[name="${name}"]`) });

  it('drafts from a published template, money limits in yuan, a negative limit refused before saving', async () => {
    const { page, problems, drafts, go, close } = await open('mas-admin', 'zh-CN');
    await go('/agreements/create');
    await page.locator('input[name="number"]').fill(`E2E-TPL-${Date.now()}`);
    await page.locator('input[aria-autocomplete="list"]').fill('马鞍山市中心医院');
    await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 20_000 }).toBe(1);
    await page.locator('[role="option"]').first().click();

    // No template chosen: the form says so beside the template input and sends nothing.
    await page.locator('main button[type="submit"]').click();
    await expect
      .poll(() => fieldOf(page, 'template').innerText())
      .toContain(t('zh-CN', 'ra.validation.required'));
    expect(drafts).toEqual([]);

    await page.locator('.ra-input-template [role="combobox"]').click();
    const options = await page.locator('[role="option"]').allInnerTexts();
    expect(options).toEqual(['MED-INST · 第 1 版 · 定点医疗机构医疗服务协议']);
    await page.locator('li[data-value="MED-INST@1"]').click();
    // The template's terms fill the empty draft; the cost per admission limit reads in yuan.
    await expect
      .poll(() => page.locator('input[name="clauses.0.titleZh"]').inputValue(), { timeout: 20_000 })
      .toBe('总则');
    const costLimit = page.locator('input[name="indicators.0.threshold"]');
    expect(await costLimit.inputValue()).toBe('9800.00');
    expect(await fieldOf(page, 'indicators.0.threshold').innerText()).toContain(
      t('zh-CN', 'hub.agreement.threshold'),
    );

    await costLimit.fill('-5');
    await page.locator('main button[type="submit"]').click();
    await expect
      .poll(() => fieldOf(page, 'indicators.0.threshold').innerText())
      .toContain(t('zh-CN', 'hub.errors.thresholdNegative'));
    expect(drafts).toEqual([]);
    await screenshot(page, 'workflows-01-draft-refused', { fullPage: false });

    await costLimit.fill('9,500.00');
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/#\/agreements\/[^/]+\/show/, { timeout: 20_000 });
    const id = decodeURIComponent(/#\/agreements\/([^/]+)\/show/.exec(page.url())![1]!);
    const saved = await gql(
      page,
      'query($id: ID!) { agreement(id: $id) { currentVersion { templateCode templateVersion indicators(first: 50) { edges { node { metric threshold unit } } } clauses(first: 1) { totalCount } } } }',
      { id },
    );
    type Indicator = { metric: string; threshold: string; unit: string };
    const version = (
      saved.data as {
        agreement: {
          currentVersion: {
            templateCode: string;
            templateVersion: string;
            indicators: { edges: { node: Indicator }[] };
            clauses: { totalCount: number };
          };
        };
      }
    ).agreement.currentVersion;
    expect([version.templateCode, version.templateVersion]).toEqual(['MED-INST', '1']);
    expect(version.clauses.totalCount).toBeGreaterThan(0);
    // Typed as ¥9,500.00, stored as 950000 fen.
    const cost = version.indicators.edges
      .map((e) => e.node)
      .find((i) => i.metric === 'AVERAGE_COST_PER_ADMISSION')!;
    expect([Number(cost.threshold), cost.unit]).toEqual([950_000, 'FEN']);

    // The review queue names each hit's rule in Chinese, not by its code.
    await go('/ruleHits');
    await page.locator('td.column-rule').first().waitFor({ timeout: 20_000 });
    const rules = await page.locator('td.column-rule').allInnerTexts();
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule).toMatch(/^[^A-Z]*[\u4e00-\u9fff]/);

    expect(problems).toEqual([]);
    await close();
  });

  it('offers the templates in English; an amendment refused, then reopened clean, keeps its template unless one is chosen', async () => {
    const { page, problems, go, close } = await open('mas-admin', 'en');
    await go('/agreements/create');
    await page.locator('.ra-input-template [role="combobox"]').click();
    await expect
      .poll(() => page.locator('[role="option"]').allInnerTexts(), { timeout: 20_000 })
      .toEqual(['MED-INST · version 1 · Designated medical institution service agreement']);
    await page.keyboard.press('Escape');
    // An active agreement's amendment: "Unchanged" first, then the published templates of its kind.
    const filter = { status: ['ACTIVE'], kind: ['RETAIL_PHARMACY_SERVICE'] };
    await go(`/agreements?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    await page.locator('td.column-number').first().click();
    const amend = page.locator('button[data-action="hub.actions.amend"]');
    const dialog = page.locator('[role="dialog"]');
    // An amendment that changes nothing is refused by the hub, in the dialog, in English…
    await amend.click();
    await dialog.locator('textarea[name="changeNote"]').first().fill('E2E: nothing changed');
    await dialog.locator('button[type="submit"]').click();
    const refusal = dialog.locator('[role="alert"]');
    await expect
      .poll(() => refusal.innerText(), { timeout: 20_000 })
      .toContain('an amendment changes at least one clause');
    // …and the dialog opened again starts clean (the refusal stayed before).
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await amend.click();
    await dialog.locator('textarea[name="changeNote"]').first().waitFor();
    expect(await refusal.count()).toBe(0);
    await dialog.locator('.ra-input-template [role="combobox"]').click();
    await expect
      .poll(() => page.locator('[role="listbox"] [role="option"]').allInnerTexts(), { timeout: 20_000 })
      .toEqual([
        t('en', 'hub.agreement.templateUnchanged'),
        'PHARMACY · version 1 · Designated retail pharmacy service agreement',
      ]);
    await screenshot(page, 'workflows-02-amend-template-en', { fullPage: false });
    expect(problems).toEqual([]);
    await close();
  });

  it('lets a clinic file its monthly report as a CSV file: month and file checked first, a wrong file refused in words', async () => {
    const { page, problems, go, close } = await open('husong-staff', 'zh-CN');
    const sent: string[] = [];
    page.on('request', (r) => {
      if ((r.postData() ?? '').includes('importMonthlyReportCsv(')) sent.push(r.url());
    });
    await go('/monthlyReports');
    await page.locator('button[data-action="resources.monthlyReports.file.action"]').click();
    const dialog = page.locator('[role="dialog"]');
    const field = (name: string) =>
      dialog.locator('.MuiTextField-root', { has: page.locator(`[name="${name}"]`) });
    const fileHelp = dialog.locator('[data-testid="report-file-help"]');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => field('period').innerText()).toContain(t('zh-CN', 'ra.validation.required'));
    expect(await fileHelp.innerText()).toBe(t('zh-CN', 'ra.validation.required'));

    await dialog.locator('input[name="period"]').fill('2026/11');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'scan.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    });
    await dialog.locator('button[type="submit"]').click();
    await expect
      .poll(() => field('period').innerText())
      .toContain(t('zh-CN', 'resources.monthlyReports.file.periodFormat'));
    expect(await fileHelp.innerText()).toBe(t('zh-CN', 'resources.monthlyReports.file.notCsv'));
    expect(sent).toEqual([]);
    await screenshot(page, 'workflows-03-report-refused', { fullPage: false });

    // Last month on the agency's calendar, as the hub counts it: from 00:00 to 08:00 on the 1st
    // in Beijing the UTC month is still the one before, and its "last month" two months back.
    await dialog.locator('input[name="period"]').fill(localMonth(1));
    // The picker opens from a real button, which the keyboard reaches (it was a label).
    const choose = dialog.getByRole('button', { name: t('zh-CN', 'resources.monthlyReports.file.choose') });
    expect(await choose.evaluate((el) => el.tagName)).toBe('BUTTON');
    // As Excel's "CSV (逗号分隔)" saves it on a Chinese Windows: GBK bytes (Python's gbk codec) of
    // the header and the row XA01,阿莫西林胶囊,华北制药,国药控股马鞍山,WESTERN,1250,40.
    await dialog.locator('input[type="file"]').setInputFiles({
      name: '月报.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '64727567436f64652c647275674e616d652c6d616b65722c6368616e6e656c2c63617465676f72792c756e6974507269636546656e2c7175616e746974790a' +
          '584130312cb0a2c4aacef7c1d6bdbac4d22cbbaab1b1d6c6d2a92cb9fad2a9bfd8b9c9c2edb0b0c9bd2c5745535445524e2c313235302c34300a',
        'hex',
      ),
    });
    await dialog.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/monthlyReports\/[^/]+\/show/, { timeout: 20_000 });
    await expect
      .poll(() => page.locator('#main-content').innerText(), { timeout: 20_000 })
      .toContain('¥500.00');
    // The names as the clinic typed them (file.text() read GBK as UTF-8: "������").
    await expect.poll(() => page.locator('td.column-drugName').first().innerText(), { timeout: 20_000 }).toBe('阿莫西林胶囊');
    // The list says how each report came in, in Chinese (it showed the API's code, "API").
    await go('/monthlyReports');
    await page.locator('td.column-source').first().waitFor({ timeout: 20_000 });
    const sources = await page.locator('td.column-source').allInnerTexts();
    expect(sources).toContain(t('zh-CN', 'resources.monthlyReports.sources.CSV'));
    for (const source of sources) expect(source).not.toMatch(/^(API|CSV|CONSOLE)$/);
    expect(problems).toEqual([]);
    await close();

    // Read-only agency staff have no File button.
    const viewer = await open('mas-viewer', 'zh-CN');
    await viewer.go('/monthlyReports');
    await viewer.page.locator('td.column-period').first().waitFor({ timeout: 20_000 });
    expect(
      await viewer.page.locator('button[data-action="resources.monthlyReports.file.action"]').count(),
    ).toBe(0);
    await viewer.close();
  });

  it('lets an auditor receive a tip-off (the form checks it first), and a viewer cannot', async () => {
    const { page, problems, go, close } = await open('mas-auditor', 'zh-CN');
    await go('/tipOffs');
    await page.locator('a[href="#/tipOffs/create"]').click();
    const summary = page.locator('textarea[name="summary"]').first();
    await summary.waitFor({ timeout: 20_000 });
    const field = (name: string) =>
      page.locator('.MuiTextField-root', { has: page.locator(`[name="${name}"]`) });
    await page.locator('input[name="reporterContact"]').fill('x'.repeat(501));
    await page.locator('main button[type="submit"]').click();
    await expect.poll(() => field('summary').innerText()).toContain(t('zh-CN', 'ra.validation.required'));
    expect(await field('reporterContact').innerText()).toContain('500');
    expect(page.url()).toContain('/tipOffs/create');

    await page.locator('input[name="reporterContact"]').fill('张先生 139****0000');
    await summary.fill('E2E：某医院疑似挂床住院，夜间病房无人');
    await page.locator('input[aria-autocomplete="list"]').fill('马鞍山市中心医院');
    await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 20_000 }).toBe(1);
    await page.locator('[role="option"]').first().click();
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/#\/tipOffs\/[^/]+\/show/, { timeout: 20_000 });
    await expect
      .poll(() => page.locator('#main-content').innerText(), { timeout: 20_000 })
      .toContain(t('zh-CN', 'enums.TipOffStatus.RECEIVED'));
    await expect
      .poll(() => page.locator('#main-content').innerText(), { timeout: 20_000 })
      .toContain('马鞍山市中心医院');
    expect(problems).toEqual([]);
    await close();

    const viewer = await open('mas-viewer', 'zh-CN');
    await viewer.go('/tipOffs');
    await viewer.page.locator('td.column-number').first().waitFor({ timeout: 20_000 });
    expect(await viewer.page.locator('a[href="#/tipOffs/create"]').count()).toBe(0);
    await viewer.go('/tipOffs/create');
    await viewer.page.getByText(t('zh-CN', 'console.noAccess.title')).first().waitFor({ timeout: 20_000 });
    await viewer.close();
  });
});
