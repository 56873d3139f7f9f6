import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startE2eHub, type E2eHub } from './support/hub.js';
import { launchBrowser, logIn, screenshot } from './support/browser.js';
import { action } from './support/lifecycle.js';
import { t } from './support/i18n.js';

/**
 * A suspicious result handled end to end in zh-CN: an auditor raises a hit on 胡松中西医诊所's
 * settlement record, reviews and re-examines it from the review queue; the clinic's staff
 * find it among their own hits (and no other provider's) and give their statement; the
 * auditor investigates, confirms it into a finding, and proposes a penalty from that finding.
 */
describe('review queue', () => {
  let hub: E2eHub;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startE2eHub(), launchBrowser()]);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await hub?.stop();
  });

  async function session(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    await logIn(page, hub.url, username);
    return page;
  }

  /** The session's own GraphQL call (cookie + CSRF), as the console makes it. */
  function call(page: Page, query: string, variables: object = {}) {
    return page.evaluate(
      async ([q, v]) => {
        const csrf = decodeURIComponent(/(?:^|;\s*)hub_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ query: q, variables: v }),
        });
        return response.json();
      },
      [query, variables] as const,
    );
  }

  const step = (key: string) => `enums.RuleHitAction.${key}`;

  async function openHit(page: Page, claimRef: string) {
    await page.goto(
      `${hub.url}/admin/#/ruleHits?filter=${encodeURIComponent(JSON.stringify({ q: claimRef }))}`,
    );
    await page.locator('td.column-claimRef', { hasText: claimRef }).click();
    await page.waitForURL(/#\/ruleHits\/[^/]+\/show/);
  }

  async function seeStep(page: Page, stepName: string) {
    await expect
      .poll(() => page.locator('main').innerText(), { timeout: 20_000 })
      .toContain(t('zh-CN', `enums.RuleHitStep.${stepName}`));
  }

  it('takes a hit from initial review to a finding and a penalty', async () => {
    const auditor = await session('mas-auditor');
    // The screening would raise the hit; here the auditor raises it through the API.
    const world = await call(
      auditor,
      `{ auditRules(first: 50) { edges { node { id stages active violationType { id } } } }
         providers(first: 5, filter: { search: "胡松" }) { edges { node { id agreements(first: 5, filter: { status: [ACTIVE] }) { edges { node { id } } } } } } }`,
    );
    const rule = world.data.auditRules.edges
      .map((e: { node: { id: string; stages: string[]; active: boolean; violationType: unknown } }) => e.node)
      .find(
        (r: { stages: string[]; active: boolean; violationType: unknown }) =>
          r.active && r.stages.includes('AFTER') && r.violationType,
      );
    const provider = world.data.providers.edges[0].node;
    const claimRef = `E2E-CLM-${Date.now()}`;
    const raised = await call(
      auditor,
      `mutation ($input: RaiseRuleHitInput!) { raiseRuleHit(input: $input) { ruleHit { id } } }`,
      {
        input: {
          ruleId: rule.id,
          stage: 'AFTER',
          providerId: provider.id,
          agreementId: provider.agreements.edges[0].node.id,
          claimRef,
          amountFen: 86_000,
          detail: '同日同一检查项目重复计费',
          occurredAt: '2026-11-20T02:00:00Z',
        },
      },
    );
    expect(raised.errors).toBeUndefined();

    // The queue shows it awaiting initial review with its due date.
    // The demo month's screening fills the queue: search for this hit as a clerk would.
    await auditor.goto(`${hub.url}/admin/#/ruleHits?filter=${encodeURIComponent(JSON.stringify({ q: claimRef }))}`);
    await auditor.locator('td.column-claimRef', { hasText: claimRef }).waitFor({ timeout: 20_000 });
    await screenshot(auditor, 'review-01-queue');
    await openHit(auditor, claimRef);
    await seeStep(auditor, 'INITIAL_REVIEW');
    await action(
      auditor,
      step('REVIEW'),
      (d) => d.locator('textarea[name="note"]').first().fill('同一检查项目同日重复收费，疑点成立'),
      'review-02-initial-review',
    );
    await seeStep(auditor, 'REEXAMINATION');
    await action(auditor, step('REEXAMINE'), (d) =>
      d.locator('textarea[name="note"]').first().fill('复审：请医疗机构陈述申辩'),
    );
    await seeStep(auditor, 'STATEMENT');
    // The auditor cannot skip the statement while its period runs.
    expect(await auditor.locator(`button[data-action="${step('INVESTIGATE')}"]`).count()).toBe(0);

    // The clinic's staff see their own hit (and not another provider's) and answer it.
    const staff = await session('husong-staff');
    await staff.goto(`${hub.url}/admin/#/ruleHits`);
    expect(await staff.locator('main').innerText()).not.toContain('MAS-CLM-2026-000004');
    await staff.goto(`${hub.url}/admin/#/ruleHits?filter=${encodeURIComponent(JSON.stringify({ q: claimRef }))}`);
    await staff.locator('td.column-claimRef', { hasText: claimRef }).waitFor({ timeout: 20_000 });
    await screenshot(staff, 'review-03-provider-queue');
    await openHit(staff, claimRef);
    expect(await staff.locator(`button[data-action="${step('CONFIRM')}"]`).count()).toBe(0);
    await action(
      staff,
      step('ANSWER'),
      (d) => d.locator('textarea[name="note"]').first().fill('系统重复上传，实际只检查一次，同意退回'),
      'review-04-statement',
    );
    await seeStep(staff, 'INVESTIGATION');

    // Investigation, then confirmation into a finding.
    await auditor.reload();
    await seeStep(auditor, 'INVESTIGATION');
    await action(auditor, step('INVESTIGATE'), async (d) => {
      await d.locator('textarea[name="note"]').first().fill('调取检查记录核实，重复计费属实');
      await d.locator('input[name="violatingAmount"]').fill('860');
    });
    await seeStep(auditor, 'HANDLING');
    await screenshot(auditor, 'review-05-history');
    await action(
      auditor,
      step('CONFIRM'),
      (d) => d.locator('textarea[name="note"]').first().fill('确认违规：重复收费'),
      'review-06-confirm',
    );
    await auditor.waitForURL(/#\/findings\/[^/]+\/show/, { timeout: 20_000 });
    await expect.poll(() => auditor.locator('main').innerText()).toContain('确认违规：重复收费');
    await screenshot(auditor, 'review-07-finding');

    // From the finding, the existing penalty flow.
    await action(auditor, 'hub.actions.propose', async (d) => {
      await d
        .locator('textarea[name="legalBasis"]')
        .first()
        .fill('《医疗保障基金使用监督管理条例》第三十八条');
      await expect
        .poll(() => d.locator('[data-testid="penalty-preview"]').innerText(), { timeout: 20_000 })
        .toMatch(/¥[\d,]+\.\d\d/);
    });
    await auditor.waitForURL(/#\/penalties\/[^/]+\/show/, { timeout: 20_000 });
    await expect
      .poll(() => auditor.locator('main').innerText())
      .toContain(t('zh-CN', 'enums.PenaltyStatus.PROPOSED'));
    await screenshot(auditor, 'review-08-penalty');

    // The hit is closed, its history complete.
    await openHit(auditor, claimRef);
    await seeStep(auditor, 'CLOSED');
    const history = await auditor.locator('[data-testid="hit-history"]').innerText();
    for (const key of ['REVIEW', 'REEXAMINE', 'ANSWER', 'INVESTIGATE', 'CONFIRM']) {
      expect(history).toContain(t('zh-CN', `enums.RuleHitAction.${key}`));
    }
  });

  it('an insurer admin sets the handling deadlines; the hub records who changed them', async () => {
    const admin = await session('mas-admin');
    await admin.goto(`${hub.url}/admin/#/ruleHits`);
    await action(
      admin,
      'hub.review.deadlines',
      async (d) => {
        await expect.poll(() => d.locator('input[name="statementDays"]').inputValue()).toBe('10');
        await d.locator('input[name="statementDays"]').fill('5');
      },
      'review-09-deadlines',
    );
    const read = await call(admin, '{ reviewDeadlines { statementDays } }');
    expect(read.data.reviewDeadlines.statementDays).toBe(5);
    const events = await call(
      admin,
      '{ auditEvents(first: 5, types: ["reviewDeadlines.updated"]) { totalCount } }',
    );
    expect(events.errors).toBeUndefined();
    expect(events.data.auditEvents.totalCount).toBe(1);
  });
});
