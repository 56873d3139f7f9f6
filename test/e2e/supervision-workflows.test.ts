import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { signedInPage, useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { localDayPlus } from '../../admin/src/common/format.js';
import { db } from '../../server/db/database.js';

/**
 * The agencies' daily supervision work in Chinese (issue 12): a tip-off worked through from
 * assignment to the reward paid, a credit grade recomputed by the published standard and
 * adjusted with a reason, an insured person's settlement suspension lifted early on a written
 * request and pledge. Each action goes through its dialog; each has a refused twin whose
 * server error sits on the field it concerns.
 */
describe('tip-offs, credit and sanctions in the console (zh-CN)', () => {
  const rig = useConsoleRig();
  let page: Page;

  beforeAll(async () => {
    page = await signedInPage(rig, 'mas-admin');
  });

  const zh = (key: string) => t('zh-CN', key);
  const dialog = () => page.locator('[role="dialog"]');

  async function openAction(label: string): Promise<Locator> {
    await page.locator(`button[data-action="${label}"]`).click();
    const d = dialog();
    await d.waitFor();
    return d;
  }

  /** Submits and expects the server's refusal on the named input, in Chinese, the dialog still open. */
  async function expectFieldError(d: Locator, input: string, shot: string): Promise<void> {
    await d.locator('button[type="submit"]').click();
    await d.locator('.MuiAlert-colorError').waitFor({ timeout: 20_000 });
    const helper = d.locator('.MuiFormHelperText-root.Mui-error');
    await helper.first().waitFor({ timeout: 20_000 });
    expect(await helper.first().innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await d.locator(`[name="${input}"]`).first().getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, shot, { fullPage: false });
  }

  async function submitAndClose(d: Locator): Promise<void> {
    await d.locator('button[type="submit"]').click();
    await d.waitFor({ state: 'detached', timeout: 20_000 });
  }

  async function pickOption(d: Locator, typed: string, option: RegExp): Promise<void> {
    const input = d.locator('input[role="combobox"]').first();
    await input.fill('');
    await input.fill(typed);
    await page.getByRole('option', { name: option }).first().click();
  }

  const mainText = () => page.locator('main').innerText();

  it('works a tip-off through: assign, verify, approve and pay the reward', async () => {
    await page.goto(`${rig.hub.url}/admin/#/tipOffs`);
    const row = page.locator('tr', { hasText: '诱导参保人员住院体检' });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain(zh('enums.TipOffStatus.RECEIVED'));
    // The list never carries the reporter.
    expect(await mainText()).not.toContain('138****0000');
    await screenshot(page, 'tipoff-01-list-zh');
    await row.click();
    await page.locator(`button[data-action="resources.tipOffs.actions.assign"]`).waitFor({ timeout: 30_000 });
    // An admin of the insurer handles the tip-off: the reporter's contact is shown to them.
    expect(await mainText()).toContain(zh('resources.tipOffs.fields.reporterContact'));
    expect(await mainText()).toContain('138****0000');
    const url = page.url();

    // Refused twin: PICC administers critical-illness insurance but is not entrusted with supervision.
    let d = await openAction('resources.tipOffs.actions.assign');
    await pickOption(d, '人保', /人保财险/);
    await expectFieldError(d, 'assigneePartnerId', 'tipoff-02-assign-refused-zh');
    await pickOption(d, '平安', /平安保险/);
    await screenshot(page, 'tipoff-03-assign-dialog-zh', { fullPage: false });
    await submitAndClose(d);
    await expect.poll(mainText, { timeout: 20_000 }).toContain(zh('enums.TipOffStatus.INVESTIGATING'));
    expect(await mainText()).toContain('平安保险');

    // An auditor (who may not list users) reassigns it to a colleague picked by name: the
    // insurer's admins and auditors, not its read-only viewer.
    const auditor = await signedInPage(rig, 'mas-auditor');
    try {
      await auditor.goto(url);
      await auditor.locator(`button[data-action="resources.tipOffs.actions.assign"]`).click();
      const ad = auditor.locator('[role="dialog"]');
      await ad.getByRole('radio', { name: zh('resources.tipOffs.assignee.staff') }).check();
      await ad.getByRole('combobox').first().click();
      const pick = auditor.getByRole('option', { name: '马鞍山医保中心稽核员' });
      await pick.waitFor({ timeout: 20_000 });
      const offered = (await auditor.getByRole('option').allInnerTexts()).map((o) => o.trim());
      expect(offered).toEqual(expect.arrayContaining(['马鞍山医保中心管理员', '马鞍山医保中心稽核员']));
      expect(offered).not.toContain("Ma'anshan read-only viewer");
      await pick.click();
      await screenshot(auditor, 'tipoff-03b-assign-staff-by-name-zh', { fullPage: false });
      await ad.locator('button[type="submit"]').click();
      await ad.waitFor({ state: 'detached', timeout: 20_000 });
    } finally {
      await auditor.context().close();
    }
    await page.reload();
    await expect.poll(mainText, { timeout: 20_000 }).toContain('马鞍山医保中心稽核员');

    // Refused twin: a verified tip-off states the amount verified.
    d = await openAction('resources.tipOffs.actions.verify');
    await expectFieldError(d, 'verifiedAmount', 'tipoff-04-verify-refused-zh');
    await d.locator('input[name="verifiedAmount"]').fill('80000');
    await submitAndClose(d);
    // 查实 is also part of a field label: wait for the status chip itself.
    await page
      .locator('main .MuiChip-label', { hasText: new RegExp(`^${zh('enums.TipOffStatus.VERIFIED')}$`) })
      .waitFor({ timeout: 20_000 });
    // ≥ 50,000 yuan verified: 1 % as a monetary reward.
    expect(await mainText()).toContain('¥800.00');

    d = await openAction('resources.tipOffs.actions.approveReward');
    expect(await d.locator('[data-testid="tip-off-reward"]').innerText()).toContain('¥800.00');
    // The 1 % is a ceiling (不高于1%): more is refused beside the field, less is approved.
    await d.locator('input[name="reward"]').fill('800.01');
    await expectFieldError(d, 'reward', 'tipoff-04b-approve-above-ceiling-zh');
    await d.locator('input[name="reward"]').fill('500');
    await submitAndClose(d);
    await expect.poll(mainText, { timeout: 20_000 }).toContain(zh('enums.TipOffStatus.REWARD_APPROVED'));
    expect(await mainText()).toContain('¥500.00');

    d = await openAction('resources.tipOffs.actions.payReward');
    await d.locator('input[name="paymentRef"]').fill('JL-2026-E2E-0001');
    await submitAndClose(d);
    await expect.poll(mainText, { timeout: 20_000 }).toContain(zh('enums.TipOffStatus.REWARDED'));
    expect(await mainText()).toContain('JL-2026-E2E-0001');
    await screenshot(page, 'tipoff-05-rewarded-zh');

    // A read-only viewer of the same insurer sees the tip-off but not who reported it.
    const viewerContext = await rig.browser.newContext({
      viewport: { width: 1440, height: 960 },
      locale: 'zh-CN',
    });
    const viewer = await viewerContext.newPage();
    try {
      await logIn(viewer, rig.hub.url, 'mas-viewer');
      await viewer.goto(url);
      await viewer.locator('text=JL-2026-E2E-0001').waitFor({ timeout: 30_000 });
      const text = await viewer.locator('main').innerText();
      expect(text).not.toContain('138****0000');
      expect(text).not.toContain(zh('resources.tipOffs.fields.reporterContact'));
      expect(text).not.toContain(t('en', 'resources.tipOffs.fields.reporterContact'));
      await screenshot(viewer, 'tipoff-06-viewer-no-reporter');
    } finally {
      await viewerContext.close();
    }
  });

  it('recomputes a credit grade by the standard and adjusts it with a reason', async () => {
    await page.goto(`${rig.hub.url}/admin/#/creditEvaluations`);
    const row = page.locator('tr', { hasText: '胡松' }).first();
    await row.waitFor({ timeout: 30_000 });
    await screenshot(page, 'credit-01-list-zh');
    await row.click();
    await page.locator('button[data-action="resources.creditEvaluations.actions.recompute"]').waitFor();
    const seeded = page.url();
    const d = await openAction('resources.creditEvaluations.actions.recompute');
    await submitAndClose(d);
    // The new evaluation opens (another URL), computed by the published standard, its deductions listed.
    await page.waitForURL((u) => u.href !== seeded && u.hash.endsWith('/show'), { timeout: 20_000 });
    await page
      .locator('main .ra-field-basis', { hasText: zh('enums.CreditBasis.COMPUTED') })
      .waitFor({ timeout: 20_000 });
    expect(await mainText()).toContain(zh('resources.creditEvaluations.fields.deductions'));
    await screenshot(page, 'credit-02-computed-zh');

    // Refused twin: a score outside 0–100.
    const adjust = await openAction('resources.creditEvaluations.actions.adjust');
    await adjust.locator('input[name="score"]').fill('120');
    await adjust.locator('textarea[name="reason"]').first().fill('E2E：整改到位，经集体研究调整');
    await expectFieldError(adjust, 'score', 'credit-03-adjust-refused-zh');
    await adjust.locator('input[name="score"]').fill('85.50');
    await submitAndClose(adjust);
    await page
      .locator('main .ra-field-basis', { hasText: zh('enums.CreditBasis.ADJUSTED') })
      .waitFor({ timeout: 20_000 });
    const text = await mainText();
    expect(text).toMatch(/\b85\.50?\b/);
    expect(text).toContain('E2E：整改到位，经集体研究调整');
    await screenshot(page, 'credit-04-adjusted-zh');

    // A partner's evaluation shows the fee its agreement's formula pays for its assessment (91 points: 100 %).
    await page.goto(`${rig.hub.url}/admin/#/creditEvaluations`);
    await page.locator('tr', { hasText: '平安保险' }).first().click();
    const fees = page.locator('[data-testid="partner-fees"]');
    await fees.waitFor({ timeout: 30_000 });
    expect(await fees.innerText()).toContain('¥1,200,000.00');
    await screenshot(page, 'credit-05-partner-fee-zh');
  });

  it('restores an insured person’s settlement after its year, on request and pledge', async () => {
    await page.goto(`${rig.hub.url}/admin/#/settlementSuspensions`);
    // 赵某's year ended on 30 November 2026 and she is still suspended until she asks.
    const row = page.locator('tr', { hasText: '赵某' });
    await row.waitFor({ timeout: 30_000 });
    await screenshot(page, 'sanction-01-suspensions-zh');
    await row.click();
    // Her page lists her suspensions: this one from its first day to the end of its term, not
    // yet restored (the history monitoring judges her visits by).
    const history = page.locator('.ra-field-settlementSuspensions');
    await history.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    // Both lists under their headings (the penalties' one was shown unlabelled).
    expect(await history.locator('.RaLabeled-label').first().innerText()).toBe(
      zh('resources.settlementSuspensions.fields.settlementSuspensions'),
    );
    expect(await page.locator('.ra-field-penalties .RaLabeled-label').first().innerText()).toBe(
      zh('resources.settlementSuspensions.fields.penalties'),
    );
    expect(await history.innerText()).toContain(zh('resources.settlementSuspensions.fields.suspendedFrom'));
    // Its scope too: which claims it refuses (a clerk answering a refused pharmacy claim needs it).
    const allSettlement = zh('enums.InsuredSuspensionScope.ALL_DIRECT_SETTLEMENT');
    expect(await history.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`2025/12/01\\s+2026/11/30\\s+${allSettlement}\\s+—\\s+—`)),
    ]);
    const personPage = page.url();
    const d = await openAction('resources.settlementSuspensions.actions.lift');
    // Refused twin: a document reference longer than the hub keeps.
    await d.locator('input[name="requestDocumentRef"]').fill(`SQ-${'9'.repeat(220)}`);
    await d.locator('input[name="pledgeDocumentRef"]').fill('CN-2026-E2E-01');
    await expectFieldError(d, 'requestDocumentRef', 'sanction-02-lift-refused-zh');
    await d.locator('input[name="requestDocumentRef"]').fill('SQ-2026-E2E-01');
    await submitAndClose(d);
    // The end of the suspension opens: restored after its term, with its documents.
    await expect
      .poll(mainText, { timeout: 20_000 })
      .toContain(zh('enums.SanctionEndReason.TERM_ENDED'));
    const text = await mainText();
    expect(text).toContain('SQ-2026-E2E-01');
    expect(text).toContain('CN-2026-E2E-01');
    await screenshot(page, 'sanction-03-ended-zh');
    // Her history keeps the suspension, now with the day it was restored.
    await page.goto(personPage);
    await expect
      .poll(() => history.locator('tbody tr').allInnerTexts(), { timeout: 20_000 })
      .toEqual([
        expect.stringMatching(
          new RegExp(`2025/12/01\\s+2026/11/30\\s+${allSettlement}\\s+\\d{4}/\\d{2}/\\d{2}\\s+—`),
        ),
      ]);
    await page.goto(`${rig.hub.url}/admin/#/settlementSuspensions`);
    await page.locator('main').waitFor();
    await expect.poll(mainText, { timeout: 20_000 }).not.toContain('赵某');
    // 刘某's year still runs (to 28 February 2027): she stays listed.
    expect(await mainText()).toContain('刘某');
  });
  it('records a notice’s delivery, a referral’s outcome and a billing suspension lifted (platform admin, the Linyi and Zibo cases)', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
    const admin = await context.newPage();
    const previous = page;
    page = admin;
    try {
      await logIn(page, rig.hub.url, 'admin');
      await page.goto(`${rig.hub.url}/admin/#/dispatchedDocuments`);
      const doc = page.locator('tr', { hasText: '淄医保抄〔2026〕007号' });
      await doc.waitFor({ timeout: 30_000 });
      expect(await doc.innerText()).toContain(zh('enums.DeliveryStatus.DISPATCHED'));
      await screenshot(page, 'sanction-04-documents-zh');
      await doc.click();
      const delivery = await openAction('resources.dispatchedDocuments.actions.recordDelivery');
      await submitAndClose(delivery);
      await expect.poll(mainText, { timeout: 20_000 }).toContain(zh('enums.DeliveryStatus.DELIVERED'));

      await page.goto(`${rig.hub.url}/admin/#/referrals`);
      const referral = page.locator('tr', { hasText: '临医保惩〔2025〕004号' });
      await referral.waitFor({ timeout: 30_000 });
      expect(await referral.innerText()).toContain(zh('enums.ReferralOutcome.PENDING'));
      // The penalty's column and field carry their label (both were blank).
      expect(await page.locator('thead').innerText()).toContain(zh('resources.referrals.fields.penalty'));
      await referral.click();
      await expect
        .poll(() => page.locator('.RaLabeled-label').allInnerTexts(), { timeout: 20_000 })
        .toContain(zh('resources.referrals.fields.penalty'));
      const d = await openAction('resources.referrals.actions.recordOutcome');
      // Refused twin: a note longer than the hub keeps.
      await d.locator('textarea[name="note"]').first().fill('联'.repeat(2100));
      await expectFieldError(d, 'note', 'sanction-05-outcome-refused-zh');
      await d.locator('textarea[name="note"]').first().fill('已纳入失信联合惩戒名单');
      await submitAndClose(d);
      await expect.poll(mainText, { timeout: 20_000 }).toContain(zh('enums.ReferralOutcome.ACCEPTED'));
      expect(await mainText()).toContain('已纳入失信联合惩戒名单');
      await screenshot(page, 'sanction-06-referral-accepted-zh');

      // A physician's billing suspension (Zibo, 1 year) lifted early, its end recorded. Early
      // means before its last day: the seed's (2027-08-31) is a fixed date the calendar passes,
      // after which the lift is refused as not running, so the term is moved to a year from today.
      await db().physician.updateMany({
        where: { nameZh: '孙某', status: 'BILLING_SUSPENDED' },
        data: { billingSuspendedUntil: new Date(`${localDayPlus(365)}T00:00:00.000Z`) },
      });
      await page.goto(`${rig.hub.url}/admin/#/billingSuspensions`);
      const physician = page.locator('tr', { hasText: '孙某' });
      await physician.waitFor({ timeout: 30_000 });
      await physician.click();
      const lift = await openAction('resources.billingSuspensions.actions.lift');
      await lift.locator('input[name="requestDocumentRef"]').fill('淄医保申〔2026〕088号');
      await lift.locator('input[name="pledgeDocumentRef"]').fill('淄医保诺〔2026〕088号');
      await submitAndClose(lift);
      // The end opens (the kind's name is also a menu entry: wait for the documents instead).
      await expect.poll(mainText, { timeout: 20_000 }).toContain('淄医保申〔2026〕088号');
      expect(await mainText()).toContain(zh('enums.SanctionEndReason.EARLY_ON_REQUEST'));
      await screenshot(page, 'sanction-07-billing-lifted-zh');
    } finally {
      page = previous;
      await context.close();
    }
  });
});
