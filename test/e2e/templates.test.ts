import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { expectListFollowsLanguage } from './support/list-language.js';
import { action, rawIdFromUrl } from './support/lifecycle.js';
import { runWhatIfReplay } from '../../server/domain/templates/run-what-if-replay.js';
import { runResigningCampaign } from '../../server/domain/templates/run-resigning-campaign.js';
import { db } from '../../server/db/database.js';

const zh = (key: string) => t('zh-CN', key);

/** A react-admin select by its input's name: open it and pick the option with this value. */
async function choose(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`input[name="${name}"]`).locator('xpath=..').locator('[role="combobox"]').click();
  await page.locator(`li[role="option"][data-value="${value}"]`).click();
}

/** GraphQL from inside the page (session cookie and CSRF token), to learn ids the UI just created. */
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

const rawOf = (globalId: string) => {
  const text = Buffer.from(globalId, 'base64').toString('utf8');
  return text.slice(text.indexOf(':') + 1);
};

/**
 * Agreement templates in the console, in Chinese: an insurer admin drafts a template with a
 * laddered clause, replays it over past months and reads the what-if comparison, publishes it
 * with that replay beside the button, and starts a re-signing campaign whose progress page
 * follows it to completion. The background jobs are run from the test process against the
 * hub's database (the same functions the job workers call).
 */
describe('agreement templates', () => {
  const rig = useConsoleRig();

  it('drafts, replays, publishes and re-signs, showing progress and the comparison', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    try {
      await logIn(page, rig.hub.url, 'mas-admin');
      // The menu offers the new resources in Chinese.
      await page
        .locator('a[href="#/agreementTemplates"]', { hasText: zh('resources.agreementTemplates.name') })
        .waitFor();
      await page
        .locator('a[href="#/resigningCampaigns"]', { hasText: zh('resources.resigningCampaigns.name') })
        .waitFor();

      // Draft: one indicator and one clause linked to two rules, the indicator and a three-step ladder.
      await page.goto(`${rig.hub.url}/admin/#/agreementTemplates/create`);
      await page.locator('input[name="code"]').fill('MAS-E2E-TPL');
      await choose(page, 'kind', 'MEDICAL_INSTITUTION_SERVICE');
      await page.locator('input[name="titleZh"]').fill('马鞍山市定点医疗机构服务协议（2027版）');
      await page
        .locator('input[name="titleEn"]')
        .fill("Ma'anshan medical institution service agreement (2027)");
      await page.locator('input[name="effectiveFrom"]').fill('2027-01-01');
      await page.locator('.button-add-indicators').click();
      await choose(page, 'indicators.0.metric', 'DRUG_SHARE');
      await choose(page, 'indicators.0.comparator', 'LTE');
      await page.locator('input[name="indicators.0.threshold"]').fill('35');
      await choose(page, 'indicators.0.unit', 'PERCENT');
      await page.locator('.button-add-clauses').click();
      await page.locator('input[name="clauses.0.clauseNo"]').fill('5.1');
      await page.locator('input[name="clauses.0.titleZh"]').fill('违规结算费用');
      await page.locator('input[name="clauses.0.titleEn"]').fill('Irregular settlement');
      await page
        .locator('input[name="clauses.0.ruleCodes"]')
        .fill('MAS-DUPLICATE_BILLING, MAS-ITEM_NOT_COVERED');
      await choose(page, 'clauses.0.indicatorMetrics', 'DRUG_SHARE');
      await page.keyboard.press('Escape');
      await page
        .locator('textarea[name="clauses.0.bodyZh"]')
        .fill('乙方重复收费或将目录外项目纳入医保结算的，按违约处理阶梯处理。');
      await page
        .locator('textarea[name="clauses.0.bodyEn"]')
        .fill('Duplicate billing or settling uncovered items is handled along the penalty ladder.');
      await page.locator('input[name="clauses.0.ladder.windowMonths"]').fill('12');
      const steps: [string, string | null, string | null][] = [
        ['FORMAL_TALK', null, null],
        ['LIQUIDATED_DAMAGES', '2', null],
        ['AGREEMENT_SUSPENSION', null, '3'],
      ];
      for (const [i, [measure, multiple, months]] of steps.entries()) {
        await page.locator('[class~="button-add-clauses.0.ladder.steps"]').click();
        await choose(page, `clauses.0.ladder.steps.${i}.measure`, measure);
        if (multiple) await page.locator(`input[name="clauses.0.ladder.steps.${i}.multiple"]`).fill(multiple);
        if (months)
          await page.locator(`input[name="clauses.0.ladder.steps.${i}.durationMonths"]`).fill(months);
      }
      await screenshot(page, 'templates-01-draft');
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL(/#\/agreementTemplates\/[^/]+\/show/, { timeout: 20_000 });
      const templateId = decodeURIComponent(/#\/agreementTemplates\/([^/]+)\/show/.exec(page.url())![1]!);
      await page.locator('main', { hasText: zh('enums.TemplateStatus.DRAFT') }).waitFor();
      // No replay yet: the publish button says so beside it.
      await page.locator('main', { hasText: zh('hub.template.noReplay') }).waitFor();

      await page.locator('a[role="tab"]', { hasText: zh('hub.template.clauses') }).click();
      const ladder = page.locator('[data-testid="ladder-steps"] li');
      await expect.poll(() => ladder.count(), { timeout: 20_000 }).toBe(3);
      expect(await ladder.nth(1).innerText()).toContain(zh('enums.PenaltyMeasure.LIQUIDATED_DAMAGES'));
      expect(await page.locator('[data-testid="template-clauses"]').innerText()).toContain(
        'MAS-ITEM_NOT_COVERED',
      );
      await screenshot(page, 'templates-02-clauses');
      await page.locator('a[role="tab"]', { hasText: zh('hub.template.indicators') }).click();
      expect(await page.locator('[data-testid="template-indicators"]').innerText()).toContain('≤ 35%');

      // What-if: queue a replay from the UI, let the job run, read the comparison.
      await page.locator('a[role="tab"]', { hasText: zh('hub.replay.title') }).click();
      await action(
        page,
        'hub.template.runReplay',
        async (d) => {
          await d.locator('input[name="periodFrom"]').fill('2026-01');
          await d.locator('input[name="periodTo"]').fill('2026-11');
        },
        'templates-03-replay-dialog',
      );
      const replays = await gql(
        page,
        'query($id: ID!) { whatIfReplays(first: 1, templateId: $id) { edges { node { id status } } } }',
        { id: templateId },
      );
      const replay = (replays.data!.whatIfReplays as { edges: { node: { id: string } }[] }).edges[0]!.node;
      await runWhatIfReplay(rawOf(replay.id));
      const comparison = page.locator('[data-testid="replay-comparison"]');
      await comparison.waitFor({ timeout: 30_000 });
      const totals = await page.locator('[data-testid="replay-totals"]').innerText();
      expect(totals).toContain(zh('hub.replay.hits'));
      expect(totals).toContain(zh('hub.replay.baseline'));
      expect(totals).toContain(zh('hub.replay.candidate'));
      expect(totals).toMatch(/¥[\d,]+\.\d{2}/);
      await page.locator('[data-testid="replay-comparison"] svg.recharts-surface').first().waitFor();
      await screenshot(page, 'templates-04-whatif-comparison');

      // Publish, with the replay just run shown beside the button.
      await page.reload();
      await page.locator('[data-testid="last-replay"]').waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-testid="last-replay"]').innerText()).toContain('2026-01');
      await action(page, 'hub.template.publish', undefined, 'templates-05-publish-dialog');
      // Published: the campaign button replaces the publish button.
      await page.locator('button[data-action="hub.template.startCampaign"]').waitFor({ timeout: 20_000 });

      // Re-signing campaign with one provider excepted.
      await action(
        page,
        'hub.template.startCampaign',
        async (d) => {
          await d.locator('input[aria-autocomplete="list"]').fill('马鞍山协和医院');
          await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 20_000 }).toBe(1);
          await page.locator('[role="option"]').first().click();
        },
        'templates-06-campaign-dialog',
      );
      await page.waitForURL(/#\/resigningCampaigns\/[^/]+\/show/, { timeout: 20_000 });
      const progress = page.locator('[data-testid="campaign-progress"]');
      await progress.waitFor({ timeout: 20_000 });
      // The hub's own job worker runs the campaign too (the test's call below is the same
      // function, and a second run changes nothing), so on a quick machine it may already be done.
      expect(['RUNNING', 'COMPLETED']).toContain(await progress.getAttribute('data-status'));
      await screenshot(page, 'templates-07-campaign-running');

      await runResigningCampaign(rawIdFromUrl(page.url()));
      // The page polls while the campaign runs: it reaches completion without a reload.
      await page
        .locator('[data-testid="campaign-progress"][data-status="COMPLETED"]')
        .waitFor({ timeout: 30_000 });
      const text = await progress.innerText();
      expect(text).toContain(`${zh('resources.resigningCampaigns.fields.pending')} 0`);
      expect(text).toContain(`${zh('resources.resigningCampaigns.fields.excepted')} 1`);
      expect(text).toContain('100%');
      const items = await page.locator('[data-testid="campaign-items"]').innerText();
      expect(items).toContain(zh('enums.CampaignItemStatus.RESIGNED'));
      expect(items).toContain(zh('enums.CampaignItemStatus.EXCEPTED'));
      await screenshot(page, 'templates-08-campaign-completed');

      await page.goto(`${rig.hub.url}/admin/#/resigningCampaigns`);
      await page.locator('td', { hasText: 'MAS-E2E-TPL v1' }).waitFor({ timeout: 20_000 });
      await screenshot(page, 'templates-09-campaign-list');
    } finally {
      // The page as it was left, pass or fail: the first thing to look at when a step times out.
      await screenshot(page, 'templates-99-last', { fullPage: false }).catch(() => undefined);
      await context.close();
    }
  });

  it('charts an agreement’s indicators with the threshold drawn and breached months marked', async () => {
    // Six months as the monthly measuring job writes them: one empty (nothing to divide by), two breached.
    const agreement = await db().agreement.findFirstOrThrow({
      where: { provider: { nameZh: '马鞍山市中心医院' }, kind: 'MEDICAL_INSTITUTION_SERVICE' },
    });
    const now = new Date();
    const values = ['31.5', '33.2', null, '36.8', '34.1', '38.0'];
    await db().indicatorMeasurement.createMany({
      data: values.map((value, m) => ({
        insurerId: agreement.insurerId,
        providerId: agreement.providerId!,
        agreementId: agreement.id,
        month: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6 + m, 1)),
        metric: 'DRUG_SHARE' as const,
        value,
        numerator: value ?? '0',
        denominator: value === null ? '0' : '100',
        comparator: 'LTE' as const,
        threshold: '35',
        breached: value !== null && Number(value) > 35,
      })),
    });
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await logIn(page, rig.hub.url, 'mas-admin');
      const id = Buffer.from(`Agreement:${agreement.id}`).toString('base64');
      await page.goto(`${rig.hub.url}/admin/#/agreements/${encodeURIComponent(id)}/show/indicators`);
      const charts = page.locator('[data-testid="indicator-charts"]');
      await charts.waitFor({ timeout: 20_000 });
      expect(await charts.innerText()).toContain(zh('enums.IndicatorMetric.DRUG_SHARE'));
      await expect.poll(() => charts.locator('circle[data-breached="true"]').count()).toBe(2);
      await charts.locator('.recharts-reference-line line').first().waitFor({ state: 'attached' });
      await screenshot(page, 'templates-10-indicator-chart', { fullPage: false });
    } finally {
      await screenshot(page, 'templates-98-chart-last', { fullPage: false }).catch(() => undefined);
      await context.close();
    }
  });

  it('lists the templates under their titles in the screen’s language', async () => {
    // An English screen listed every title in Chinese, though each template has its English one.
    await expectListFollowsLanguage(
      rig.browser,
      rig.hub.url,
      { resource: 'agreementTemplates', header: 'resources.agreementTemplates.fields.title' },
      async (code) => {
        const template = await db().agreementTemplate.findFirstOrThrow({ where: { code } });
        return { en: template.titleEn, zh: template.titleZh };
      },
    );
  });
});
