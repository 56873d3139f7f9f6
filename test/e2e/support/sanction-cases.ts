import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './browser.js';
import { dialogs } from './dialogs.js';
import { t } from './i18n.js';
import { localDayPlus } from '../../../admin/src/common/format.js';
import { db } from '../../../server/db/database.js';

/**
 * The seeded Zibo and Linyi sanction cases worked through by the platform admin in Chinese:
 * a notice's delivery recorded, a referral's outcome recorded (with its refused twin) and a
 * physician's billing suspension lifted early. `base` is the hub's URL.
 */
const zh = (key: string) => t('zh-CN', key);

/** 淄医保抄〔2026〕007号 dispatched, then delivered. */
export async function recordNoticeDelivery(page: Page, base: string): Promise<void> {
  const { openAction, submitAndClose, mainText } = dialogs(() => page);
  await page.goto(`${base}/admin/#/dispatchedDocuments`);
  const doc = page.locator('tr', { hasText: '淄医保抄〔2026〕007号' });
  await doc.waitFor({ timeout: 30_000 });
  expect(await doc.innerText()).toContain(zh('enums.DeliveryStatus.DISPATCHED'));
  await screenshot(page, 'sanction-04-documents-zh');
  await doc.click();
  const delivery = await openAction('resources.dispatchedDocuments.actions.recordDelivery');
  await submitAndClose(delivery);
  await expect.poll(mainText, { timeout: 20_000 }).toContain(zh('enums.DeliveryStatus.DELIVERED'));
}

/** Linyi's referral of 临医保惩〔2025〕004号: pending, then accepted with a note. */
export async function recordReferralOutcome(page: Page, base: string): Promise<void> {
  const { openAction, expectFieldError, submitAndClose, mainText } = dialogs(() => page);
  await page.goto(`${base}/admin/#/referrals`);
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
}

/**
 * A physician's billing suspension (Zibo, 1 year) lifted early, its end recorded. Early means
 * before its last day: the seed's (2027-08-31) is a fixed date the calendar passes, after which
 * the lift is refused as not running, so the term is moved to a year from today.
 */
export async function liftBillingSuspensionEarly(page: Page, base: string): Promise<void> {
  const { openAction, submitAndClose, mainText } = dialogs(() => page);
  await db().physician.updateMany({
    where: { nameZh: '孙某', status: 'BILLING_SUSPENDED' },
    data: { billingSuspendedUntil: new Date(`${localDayPlus(365)}T00:00:00.000Z`) },
  });
  await page.goto(`${base}/admin/#/billingSuspensions`);
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
}
