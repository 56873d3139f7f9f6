import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signedInPage, useConsoleRig } from './support/console-rig.js';
import { screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { db } from '../../server/db/database.js';

/**
 * 暂停医师医保服务资格 falls on a physician. A finding found at a provider often names none
 * (an on-site inspection of the hospital), and the proposal dialog had no way to name one: such
 * a finding could never become a physician's suspension. The dialog now offers the physicians
 * practising at the finding's provider — the hub refuses any other — for that measure only.
 */
describe('proposing a physician’s billing suspension from a finding that names none (zh-CN)', () => {
  const rig = useConsoleRig();
  let page: Page;

  beforeAll(async () => {
    page = await signedInPage(rig, 'admin');
  });

  const zh = (key: string) => t('zh-CN', key);
  const picker = () => page.locator('[role="dialog"] .ra-input-physicianId input');

  async function chooseMeasure(measure: string): Promise<void> {
    await page.locator('[role="dialog"] .MuiInputBase-root:has(input[name="measure"]) [role="combobox"]').click();
    await page.locator(`li[data-value="${measure}"]`).click();
  }

  it('offers only the provider’s physicians, and the penalty falls on the one picked', async () => {
    // The demo's open findings at hospitals all name their physician, so this one is recorded
    // here: an on-site inspection of the hospital where Dr Wang practises as a second site
    // (多点执业), naming nobody. Dr Li practises only at Wang's primary hospital.
    const template = await db().finding.findFirstOrThrow({ where: { physician: { code: 'D000000001' } } });
    const { id: _id, createdAt: _c, updatedAt: _u, evidence: _e, ...copy } = template;
    const finding = await db().finding.create({
      data: { ...copy, number: 'F-E2E-PHYSICIAN', status: 'OPEN', physicianId: null, insuredPersonId: null },
    });
    const physician = await db().physician.findUniqueOrThrow({ where: { code: 'D000000001' } });
    const elsewhere = await db().physician.findUniqueOrThrow({ where: { code: 'D000000002' } });
    // Dr Wang practises there on a second site only; Dr Li not at all.
    expect(physician.primaryProviderId).not.toBe(finding.providerId);
    expect(
      await db().practiceSite.count({ where: { physicianId: elsewhere.id, providerId: finding.providerId } }),
    ).toBe(0);

    const id = Buffer.from(`Finding:${finding.id}`).toString('base64');
    await page.goto(`${rig.hub.url}/admin/#/findings/${encodeURIComponent(id)}/show`);
    await page.locator('button[data-action="hub.actions.propose"]').click();
    const d = page.locator('[role="dialog"]');
    await d.locator('textarea[name="legalBasis"]').first().waitFor();
    // A deduction (the default) falls on the provider: no physician to pick.
    expect(await picker().count()).toBe(0);

    await chooseMeasure('PHYSICIAN_BILLING_SUSPENSION');
    await picker().waitFor({ timeout: 20_000 });
    expect(await d.locator('.ra-input-physicianId label').innerText()).toContain(zh('resources.penalties.fields.physician'));
    await d.locator('input[name="multiple"]').fill('');
    await d.locator('input[name="durationMonths"]').fill('12');
    // Before a physician is picked the preview says what is missing, in Chinese.
    const preview = d.locator('[data-testid="penalty-preview"]');
    await expect.poll(() => preview.innerText(), { timeout: 20_000 }).toContain('须选择医师');

    // A physician practising elsewhere is not offered, whatever is typed.
    await picker().fill(elsewhere.code);
    await page.locator('.MuiAutocomplete-noOptions').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('option', { name: new RegExp(elsewhere.code) }).count()).toBe(0);

    // Found by its code, offered with its Chinese name.
    await picker().fill(physician.code);
    await page.getByRole('option', { name: new RegExp(physician.code) }).click();
    expect(await picker().inputValue()).toBe(`${physician.nameZh}（${physician.code}）`);
    await expect.poll(() => preview.innerText(), { timeout: 20_000 }).toContain(zh('hub.actions.amountPreview'));

    await d.locator('textarea[name="legalBasis"]').first().fill('《医疗保障基金使用监督管理条例》第三十八条');
    await screenshot(page, 'physician-suspension-01-pick-zh', { fullPage: false });
    await d.locator('button[type="submit"]').click();
    await d.waitFor({ state: 'detached', timeout: 20_000 });
    await page.waitForURL(/#\/penalties\/[^/]+\/show/, { timeout: 20_000 });
    const field = page.locator('.ra-field-physician');
    await expect.poll(() => field.innerText(), { timeout: 20_000 }).toContain(physician.nameZh);
    await screenshot(page, 'physician-suspension-02-penalty-zh');

    const penalty = await db().penalty.findFirstOrThrow({
      where: { findingId: finding.id, measure: 'PHYSICIAN_BILLING_SUSPENSION' },
    });
    expect(penalty).toMatchObject({ physicianId: physician.id, target: 'PHYSICIAN', durationMonths: 12 });
  });
});
