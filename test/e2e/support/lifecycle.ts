import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './browser.js';
import { t, type Locale } from './i18n.js';

/**
 * The console driven as a user drives it: every step clicks what a user clicks and waits for
 * what a user would see (no fixed sleeps). Each step leaves a screenshot in test-results/e2e.
 */

const dialog = (page: Page) => page.locator('[role="dialog"]');

export async function action(
  page: Page,
  key: string,
  fill?: (d: ReturnType<typeof dialog>) => Promise<void>,
  shot?: string,
): Promise<void> {
  await page.locator(`button[data-action="${key}"]`).click();
  const d = dialog(page);
  await d.waitFor();
  await fill?.(d);
  if (shot) {
    // MUI fades dialogs in: capture once the overlay is fully drawn.
    await expect
      .poll(() => d.evaluate((el) => getComputedStyle(el.closest('.MuiDialog-container') ?? el).opacity))
      .toBe('1');
    await screenshot(page, shot, { fullPage: false });
  }
  await d.locator('button[type="submit"]').click();
  await d.waitFor({ state: 'detached', timeout: 20_000 });
}

/** Decodes the Relay global ID in a show page's URL to the raw UUID the audit subject names. */
export function rawIdFromUrl(url: string): string {
  const match = /#\/[a-zA-Z]+\/([^/]+)\/show/.exec(url);
  if (!match) throw new Error(`not a show page: ${url}`);
  const text = Buffer.from(decodeURIComponent(match[1]!), 'base64').toString('utf8');
  return text.slice(text.indexOf(':') + 1);
}

export async function switchLocale(page: Page, to: Locale): Promise<void> {
  const current = to === 'en' ? '简体中文' : 'English';
  await page.locator('header button', { hasText: current }).click();
  await page.locator('[role="menuitem"]', { hasText: to === 'en' ? 'English' : '简体中文' }).click();
  await page.locator('header button', { hasText: to === 'en' ? 'English' : '简体中文' }).waitFor();
}

export async function filterAgreementsByStatus(
  page: Page,
  base: string,
  locale: Locale,
  status: string,
): Promise<void> {
  await page.goto(`${base}/admin/#/agreements`);
  await page.locator('td.column-number').first().waitFor();
  await page.locator('[data-source="status"] [role="combobox"]').click();
  await page.locator(`li[data-value="${status}"]`).click();
  const label = t(locale, `enums.AgreementStatus.${status}`);
  await expect
    .poll(
      async () => {
        const cells = await page.locator('td.column-status').allInnerTexts();
        return cells.length > 0 && cells.every((c) => c.trim() === label);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

export interface CreatedAgreement {
  number: string;
  rawId: string;
}

/** Picks one of the insurer's published templates (the seed publishes MED-INST etc.); its terms fill the empty draft. */
export async function chooseTemplate(page: Page, choice: string): Promise<void> {
  await page.locator('.ra-input-template [role="combobox"]').click();
  await page.locator(`li[data-value="${choice}"]`).click();
  await expect
    .poll(() => page.locator('input[name="clauses.0.titleZh"]').count(), { timeout: 20_000 })
    .toBe(1);
}

export async function createAndSignAgreement(
  page: Page,
  base: string,
  locale: Locale,
  tag: string,
): Promise<CreatedAgreement> {
  const number = `E2E-${tag}-${Date.now()}`;
  await page.goto(`${base}/admin/#/agreements/create`);
  await page.locator('input[name="number"]').fill(number);
  // The provider autocomplete (the only one on a service agreement's form).
  const provider = page.locator('input[aria-autocomplete="list"]');
  await provider.fill('马鞍山市中心医院');
  // The options show the name in the UI language; wait until the search has narrowed them to the one provider.
  await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 20_000 }).toBe(1);
  await page.locator('[role="option"]').first().click();
  await chooseTemplate(page, 'MED-INST@1');
  await screenshot(page, `${tag}-03-create`);
  await page.locator('main button[type="submit"]').click();
  await page.waitForURL(/#\/agreements\/[^/]+\/show/, { timeout: 20_000 });
  const rawId = rawIdFromUrl(page.url());
  await editDraftEndDate(page, tag);
  await page.locator('button[data-action="hub.actions.sign"]').waitFor();
  await action(
    page,
    'hub.actions.sign',
    async (d) => d.locator('textarea[name="reason"]').first().fill(`${tag} 签订`),
    `${tag}-04-sign-dialog`,
  );
  await page.locator('button[data-action="hub.actions.suspend"]').waitFor({ timeout: 20_000 });
  await expect
    .poll(() => page.locator('main').innerText())
    .toContain(t(locale, 'enums.AgreementStatus.ACTIVE'));
  await screenshot(page, `${tag}-05-signed`);
  return { number, rawId };
}

/**
 * Edits the draft before signing it (updateDraftAgreement): a shorter term. The Edit button is
 * offered on drafts only; the save sends the version the form was loaded with, and signing
 * afterwards works only if the show page picked up the new version.
 */
async function editDraftEndDate(page: Page, tag: string): Promise<void> {
  const showPath = page.url().split('#')[1]!;
  const editPath = showPath.replace(/\/show$/, '');
  await page.locator(`main a[href="#${editPath}"]`).first().click();
  await page.waitForURL((url) => url.hash === `#${editPath}`, { timeout: 20_000 });
  const endsOn = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
  const input = page.locator('input[name="endsOn"]');
  await input.waitFor({ timeout: 20_000 });
  await input.fill(endsOn);
  await screenshot(page, `${tag}-03b-edit-draft`);
  await page.locator('main button[type="submit"]').click();
  await page.waitForURL(/#\/agreements\/[^/]+\/show/, { timeout: 20_000 });
  // Read back as it was typed: YYYY-MM-DD in both languages (the day inputs' form).
  await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain(endsOn);
}

export async function suspendAgreement(page: Page, locale: Locale, tag: string): Promise<void> {
  await action(
    page,
    'hub.actions.suspend',
    async (d) =>
      d.locator('textarea[name="reason"]').first().fill(`${tag}: 药占比超标 / drug share over limit`),
    `${tag}-06-suspend-dialog`,
  );
  await page.locator('button[data-action="hub.actions.resume"]').waitFor({ timeout: 20_000 });
  await expect
    .poll(() => page.locator('main').innerText())
    .toContain(t(locale, 'enums.AgreementStatus.SUSPENDED'));
  await screenshot(page, `${tag}-07-suspended`);
}

/** From a finding the user may penalise: propose (with the server-computed amount), issue, appeal, decide. */
export async function penaltyWorkflow(
  page: Page,
  base: string,
  locale: Locale,
  tag: string,
): Promise<{ penaltyId: string; penaltyNumber: string }> {
  await page.goto(
    `${base}/admin/#/findings?filter=${encodeURIComponent(JSON.stringify({ status: 'PENALISED' }))}`,
  );
  await page.locator('td.column-number').first().click();
  await page.locator('button[data-action="hub.actions.propose"]').waitFor();
  await action(
    page,
    'hub.actions.propose',
    async (d) => {
      await d
        .locator('textarea[name="legalBasis"]')
        .first()
        .fill('《医疗保障基金使用监督管理条例》第三十八条');
      // The amount the hub computes (2× the violating amount) shows before confirming.
      await expect
        .poll(() => d.locator('[data-testid="penalty-preview"]').innerText(), { timeout: 20_000 })
        .toMatch(/¥[\d,]+\.\d\d/);
      // In the screen's punctuation: 系统计算金额：¥…（…） in Chinese (it was an ASCII colon).
      expect(await d.locator('[data-testid="penalty-preview"]').innerText()).toContain(
        t(locale, 'hub.actions.amountPreview') + (locale === 'en' ? ': ' : '：'),
      );
    },
    `${tag}-08-propose-dialog`,
  );
  await page.waitForURL(/#\/penalties\/[^/]+\/show/, { timeout: 20_000 });
  const penaltyId = rawIdFromUrl(page.url());
  await action(
    page,
    'hub.actions.issue',
    async (d) => {
      await expect
        .poll(() => d.locator('[data-testid="penalty-amount"]').innerText())
        .toMatch(/¥[\d,]+\.\d\d/);
      await d.locator('input[name="clauseRef"]').fill('服务协议第二十五条');
    },
    `${tag}-09-issue-dialog`,
  );
  await page.locator('button[data-action="hub.actions.appeal"]').waitFor({ timeout: 20_000 });
  await action(
    page,
    'hub.actions.appeal',
    async (d) => d.locator('textarea[name="grounds"]').first().fill(`${tag}: 违规金额计算有误，申请复核`),
    `${tag}-10-appeal-dialog`,
  );
  await page.locator('button[data-action="hub.actions.decide"]').waitFor({ timeout: 20_000 });
  await decideWithServerError(page, locale, tag);
  await page.locator('button[data-action="hub.actions.execute"]').waitFor({ timeout: 20_000 });
  await expect
    .poll(() => page.locator('main').innerText())
    .toContain(t(locale, 'enums.PenaltyStatus.REDUCED'));
  await screenshot(page, `${tag}-12-decided`);
  const penaltyNumber = /PEN-\d{8}-[0-9A-F]{10}/.exec(await page.locator('main').innerText())![0];
  return { penaltyId, penaltyNumber };
}

/**
 * Decides the appeal as a clerk who first mistypes: a reduced amount above the penalty is
 * refused by the hub, the refusal sits on the amount input in the clerk's language (yuan, no
 * ids, no fen), the dialog stays open, and the corrected amount goes through in the same
 * dialog.
 */
async function decideWithServerError(page: Page, locale: Locale, tag: string): Promise<void> {
  await page.locator('button[data-action="hub.actions.decide"]').click();
  const d = dialog(page);
  await d.waitFor();
  await d.locator('textarea[name="reason"]').first().fill(`${tag}: 经复核，情节较轻，减轻处理`);
  await d.locator('[role="combobox"]').first().click();
  await page.locator('li[data-value="REDUCE"]').click();
  await d.locator('input[name="reducedAmount"]').fill('99999999');
  await d.locator('button[type="submit"]').click();
  const helper = d.locator('.MuiFormHelperText-root.Mui-error');
  await helper.first().waitFor({ timeout: 20_000 });
  const fieldError = await helper.first().innerText();
  if (locale === 'zh-CN') expect(fieldError).toMatch(/^须低于当前金额 [\d,]+\.\d\d 元$/);
  else expect(fieldError).toMatch(/^must be lower than the current amount ¥[\d,]+\.\d\d$/);
  // On the amount input itself, and nothing internal in what the clerk reads.
  expect(await d.locator('input[name="reducedAmount"]').getAttribute('aria-invalid')).toBe('true');
  expect(await d.innerText()).not.toMatch(/reducedAmountFen|fen\b|[0-9a-f]{8}-[0-9a-f]{4}-/);
  await screenshot(page, `${tag}-11-decide-server-error`, { fullPage: false });
  await d.locator('input[name="reducedAmount"]').fill('1000.00');
  await d.locator('button[type="submit"]').click();
  await d.waitFor({ state: 'detached', timeout: 20_000 });
}

/** Waits until the live audit page shows an event of this type for this entity (pushed, never reloaded). */
/** Waits for an event on the live audit log, found by the record's number (rows show names, not ids). */
export async function seeLiveEvent(auditPage: Page, type: string, recordNumber: string): Promise<void> {
  await auditPage
    .locator(`tr[data-type="${type}"]`, { hasText: recordNumber })
    .first()
    .waitFor({ timeout: 20_000 });
}
