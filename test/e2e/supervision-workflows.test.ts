import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signedInPage, useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { dialogs } from './support/dialogs.js';
import { liftBillingSuspensionEarly, recordNoticeDelivery, recordReferralOutcome } from './support/sanction-cases.js';

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
  const { openAction, expectFieldError, submitAndClose, pickOption, mainText } = dialogs(() => page);

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
      expect.stringMatching(new RegExp(`2025-12-01\\s+2026-11-30\\s+${allSettlement}\\s+—\\s+—`)),
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
          new RegExp(`2025-12-01\\s+2026-11-30\\s+${allSettlement}\\s+\\d{4}-\\d{2}-\\d{2}\\s+—`),
        ),
      ]);
    await page.goto(`${rig.hub.url}/admin/#/settlementSuspensions`);
    await page.locator('main').waitFor();
    await expect.poll(mainText, { timeout: 20_000 }).not.toContain('赵某');
    // 刘某's year still runs (to 28 February 2027): she stays listed.
    expect(await mainText()).toContain('刘某');
  });
  it('records a notice’s delivery, a referral’s outcome and a billing suspension lifted (platform admin, the Linyi and Zibo cases)', async () => {
    const admin = await signedInPage(rig, 'admin');
    try {
      await recordNoticeDelivery(admin, rig.hub.url);
      await recordReferralOutcome(admin, rig.hub.url);
      await liftBillingSuspensionEarly(admin, rig.hub.url);
    } finally {
      await admin.context().close();
    }
  });
});
