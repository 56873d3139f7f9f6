import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { action, chooseTemplate } from './support/lifecycle.js';
import { formatDateTime, localDayPlus } from '../../admin/src/common/format.js';

const zh = (key: string) => t('zh-CN', key);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A clerk's day in the Chinese console, walked in Chromium against the real hub with the demo
 * data: sign in → draft an agreement (its start picked with the calendar button) and sign it →
 * record a finding against the provider → propose and issue a penalty → check a settled claim
 * and the rules it hit → export the findings to Excel. The browser runs in New York time and an
 * English OS locale, so what the console shows is the agency's (Asia/Shanghai, Chinese, yuan),
 * not the machine's. Every date read back is YYYY-MM-DD, the form the inputs take.
 */
describe("an agency clerk's day (zh-CN)", () => {
  const rig = useConsoleRig();

  async function clerk(): Promise<Page> {
    const context = await rig.browser.newContext({
      viewport: { width: 1440, height: 960 },
      locale: 'zh-CN',
      timezoneId: 'America/New_York',
      acceptDownloads: true,
    });
    // Records the date inputs whose picker was asked for (the real showPicker still runs).
    await context.addInitScript(() => {
      const w = window as unknown as { pickersShown: string[] };
      w.pickersShown = [];
      const original = HTMLInputElement.prototype.showPicker;
      HTMLInputElement.prototype.showPicker = function (this: HTMLInputElement) {
        w.pickersShown.push(`${this.type}:${this.closest('.MuiFormControl-root')?.querySelector('input[name]')?.getAttribute('name') ?? ''}`);
        return original.call(this);
      };
    });
    const page = await context.newPage();
    return page;
  }

  /** What a clerk reads on the page: no English words but the hub's codes and numbers. */
  async function noEnglish(page: Page, where: string): Promise<void> {
    const words = (await page.locator('main').innerText()).match(/\b[A-Za-z]{4,}\b/g) ?? [];
    const codes = words.filter((w) => !/^(MED|INST|PEN|FND|AGR|E2E|DAY|DEDUCTION)$/.test(w));
    expect(codes, where).toEqual([]);
  }

  it('signs in, drafts and signs an agreement, records a finding, penalises it, checks a claim, exports; the auditor follows it', async () => {
    const started = formatDateTime(new Date());
    const page = await clerk();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const main = () => page.locator('main').innerText();

    // Sign in: the login page is Chinese, whatever the browser's own language.
    await logIn(page, rig.hub.url, 'mas-admin');
    await page.getByText('马鞍山医保中心管理员').first().waitFor({ timeout: 20_000 });

    // 1. A new agreement, from the list's create button (not a typed URL).
    await page.goto(`${rig.hub.url}/admin/#/agreements`);
    await page.locator('td.column-number').first().waitFor({ timeout: 20_000 });
    await page.locator('a[href$="#/agreements/create"]').first().click();
    const number = `DAY-${Date.now()}`;
    await page.locator('input[name="number"]').fill(number);
    await page.locator('input[aria-autocomplete="list"]').fill('马鞍山市中心医院');
    await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 20_000 }).toBe(1);
    await page.locator('[role="option"]').first().click();
    await chooseTemplate(page, 'MED-INST@1');

    // The start day through the calendar button: it opens the browser's picker on a date input
    // beside the field, and the day picked there is written into the field as YYYY-MM-DD.
    const startsOn = localDayPlus(1);
    const endsOn = localDayPlus(300);
    const startField = page.locator('.ra-input-startsOn');
    const calendar = startField.getByRole('button', { name: zh('hub.day.pick') });
    await calendar.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { pickersShown: string[] }).pickersShown))
      .toEqual(['date:startsOn']);
    await page.keyboard.press('Escape');
    await startField.locator('input[type="date"]').fill(startsOn, { force: true });
    expect(await page.locator('input[name="startsOn"]').inputValue()).toBe(startsOn);
    // Typed the Chinese way, rewritten on leaving the field.
    const [ey, em, ed] = endsOn.split('-').map(Number) as [number, number, number];
    await page.locator('input[name="endsOn"]').fill(`${ey}年${em}月${ed}日`);
    await page.locator('input[name="endsOn"]').blur();
    expect(await page.locator('input[name="endsOn"]').inputValue()).toBe(endsOn);
    await screenshot(page, 'day-01-agreement-create');
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/#\/agreements\/[^/]+\/show/, { timeout: 20_000 });
    await expect.poll(main, { timeout: 20_000 }).toContain(zh('enums.AgreementStatus.DRAFT'));
    // Read back as typed: the same YYYY-MM-DD the inputs took, not 2026/12/07.
    let shown = await main();
    expect(shown).toContain(startsOn);
    expect(shown).toContain(endsOn);
    expect(shown).not.toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);
    await screenshot(page, 'day-02-agreement-draft');

    // Signed ahead of its start: the workflow makes it 已签订 (active from its first day).
    const before = formatDateTime(new Date());
    await action(page, 'hub.actions.sign', (d) => d.locator('textarea[name="reason"]').first().fill('年度协议签订'), 'day-03-sign');
    await expect.poll(main, { timeout: 20_000 }).toContain(zh('enums.AgreementStatus.SIGNED'));
    const after = formatDateTime(new Date());
    shown = await main();
    // Signed just now, on the agency's clock (Asia/Shanghai), though the browser is in New York.
    const signedAt = new RegExp(`${zh('resources.agreements.fields.signedAt')}\\s+(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})`).exec(shown)?.[1];
    expect(signedAt! >= before && signedAt! <= after, `${before} ≤ ${signedAt} ≤ ${after}`).toBe(true);
    await noEnglish(page, 'agreement show');
    await screenshot(page, 'day-04-agreement-active');

    // 2. A finding against the provider, from the agreement (which fills the agreement in).
    await page.locator('main a', { hasText: zh('hub.actions.recordFinding') }).click();
    await page.waitForURL(/#\/findings\/create/, { timeout: 20_000 });
    await expect
      .poll(() => page.locator('.ra-input-agreementId input').inputValue(), { timeout: 20_000 })
      .toBe(number);
    const violation = page.locator('.ra-input-violationTypeId input');
    await violation.fill('挂床');
    await page.getByRole('option', { name: /挂床住院/ }).first().click();
    await page.locator('input[name="violatingAmountYuan"]').fill('36430');
    await page.locator('textarea[name="description"]').first().fill('现场检查发现 3 名住院患者不在床，系挂床住院');
    expect(await page.locator('input[name="foundOn"]').inputValue()).toMatch(ISO_DAY);
    await screenshot(page, 'day-05-finding-create');
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/#\/findings\/[^/]+\/show/, { timeout: 20_000 });
    await expect.poll(main, { timeout: 20_000 }).toContain('36,430.00');
    shown = await main();
    expect(shown).toContain('马鞍山市中心医院');
    expect(shown).toContain(number);
    expect(shown).not.toMatch(/3643000|\d{4}\/\d{1,2}\/\d{1,2}/);
    const findingNumber = /FND-[\w-]+/.exec(shown)?.[0] ?? null;
    await noEnglish(page, 'finding show');
    await screenshot(page, 'day-06-finding');

    // 3. The penalty: 2× the violating amount as the hub computes it, proposed then issued.
    await action(
      page,
      'hub.actions.propose',
      async (d) => {
        await d.locator('textarea[name="legalBasis"]').first().fill('《医疗保障基金使用监督管理条例》第三十八条');
        await expect
          .poll(() => d.locator('[data-testid="penalty-preview"]').innerText(), { timeout: 20_000 })
          .toContain('72,860.00');
      },
      'day-07-propose',
    );
    await page.waitForURL(/#\/penalties\/[^/]+\/show/, { timeout: 20_000 });
    await expect.poll(main, { timeout: 20_000 }).toContain(zh('enums.PenaltyStatus.PROPOSED'));
    await page.locator('button[data-action="hub.actions.issue"]').click();
    const issue = page.locator('[role="dialog"]');
    await issue.waitFor();
    // The confirmation names the amount with the colon Chinese writes, in yuan with separators.
    expect(await issue.locator('[data-testid="penalty-amount"]').innerText()).toMatch(
      new RegExp(`${zh('hub.penalty.amount')}：¥72,860\\.00$`),
    );
    await issue.locator('input[name="clauseRef"]').fill('服务协议第二十五条');
    await screenshot(page, 'day-08-issue', { fullPage: false });
    await issue.locator('button[type="submit"]').click();
    await issue.waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(main, { timeout: 20_000 }).toContain(zh('enums.PenaltyStatus.ISSUED'));
    shown = await main();
    expect(shown).toContain('72,860.00');
    expect(shown).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(shown).not.toMatch(/\d{4}\/\d{1,2}\/\d{1,2}|7286000/);
    await noEnglish(page, 'penalty show');
    await screenshot(page, 'day-09-penalty-issued');

    // 4. A claim the smart monitoring flagged: from the hits list to the claim and its rules.
    await page.goto(`${rig.hub.url}/admin/#/ruleHits`);
    // One the demo month's screening raised on a stored claim (the review-queue seeds name claims
    // by reference only, MAS-CLM-…, with no settlement record behind them).
    const firstHit = page.locator('tbody td.column-claimRef', { hasText: /^MAS\d{10,}$/ }).first();
    await firstHit.waitFor({ timeout: 20_000 });
    await firstHit.click();
    await page.waitForURL(/#\/ruleHits\/[^/]+\/show/, { timeout: 20_000 });
    // The hit names its claim; the clerk follows it to the claim's lines and every rule it hit.
    const claimLink = page.locator('[data-testid="hit-claim"]');
    const claimRef = await claimLink.innerText();
    await screenshot(page, 'day-10-hit');
    await claimLink.click();
    const claimRow = page.locator('td.column-settlementId', { hasText: claimRef });
    await claimRow.waitFor({ timeout: 20_000 });
    expect(await page.locator('tbody td.column-settlementId').count()).toBe(1);
    await claimRow.click();
    await page.waitForURL(/#\/claims\/[^/]+\/show/, { timeout: 20_000 });
    const hits = page.locator('.ra-field-hits tbody tr');
    await hits.first().waitFor({ timeout: 20_000 });
    const hitRow = await hits.first().innerText();
    // The rule by its code and Chinese name, its kind and moment in words, the amount in yuan.
    expect(hitRow).toMatch(/[\u4e00-\u9fff]/);
    expect(hitRow).not.toMatch(/\b(AFTER|DURING|BEFORE|VIOLATION|SUSPICIOUS|OPEN)\b/);
    shown = await main();
    expect(shown).toMatch(/¥[\d,]+\.\d\d/);
    expect(shown).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(shown).not.toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);
    await screenshot(page, 'day-11-claim');

    // 5. The findings list to Excel: Chinese headers, yuan as numbers, days as YYYY-MM-DD.
    await page.goto(`${rig.hub.url}/admin/#/findings`);
    await page.locator('td.column-number').first().waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-export="xlsx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^违规.*\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.every((h) => /[\u4e00-\u9fff]/.test(String(h)))).toBe(true);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const ours = rows.find((r) => r[4] === number);
    expect(ours).toBeDefined();
    if (findingNumber) expect(ours![1]).toBe(findingNumber);
    expect(ours![2]).toMatch(/挂床住院/);
    expect(ours![7]).toBe(36430);
    expect(String(ours![8])).toMatch(ISO_DAY);
    expect(errors).toEqual([]);
    await page.context().close();

    // 6. The auditor follows the day in the audit log: the agreement's events as Chinese
    // sentences, on the agency's clock, the chain verified, nothing in the hub's English.
    const auditor = await clerk();
    auditor.on('pageerror', (e) => errors.push(e.message));
    await logIn(auditor, rig.hub.url, 'mas-auditor');
    await auditor.goto(`${rig.hub.url}/admin/#/auditEvents`);
    await auditor.locator('[data-testid="chain-status"]').waitFor({ timeout: 30_000 });
    expect(await auditor.locator('[data-testid="chain-status"]').innerText()).toMatch(/^哈希链校验：哈希链完整/);
    const signed = auditor.locator('tr[data-type="agreement.signed"]', { hasText: number });
    await signed.waitFor({ timeout: 20_000 });
    await signed.getByText(zh('console.audit.onlyThisRecord')).click();
    await auditor.locator('[data-testid="record-filter"]').waitFor();
    // The record is named by its chip; the subject box does not show its raw Agreement/<uuid>.
    const subjectBox = auditor.getByLabel(zh('resources.auditEvents.fields.subject'));
    expect(await subjectBox.inputValue()).toBe('');
    const events = auditor.locator('tr[data-testid="audit-row"]');
    await expect.poll(() => events.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const texts = await events.allInnerTexts();
    expect(texts.every((r) => r.includes(number))).toBe(true);
    expect(texts.some((r) => r.includes(zh('eventTypes.agreement.signed')))).toBe(true);
    const times = await auditor.locator('tr[data-testid="audit-row"] td:nth-child(2)').allInnerTexts();
    expect(times.every((time) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(time) && time >= started)).toBe(true);
    expect(texts.join('\n')).not.toMatch(/\d{4}\/\d{1,2}\/\d{1,2}|\b(SIGNED|DRAFT|ACTIVE)\b/);
    await noEnglish(auditor, 'audit log');
    await screenshot(auditor, 'day-12-audit-log');
    expect(errors).toEqual([]);
    await auditor.context().close();
  });
});
