import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startE2eHub, type E2eHub } from './support/hub.js';
import { SCREENSHOTS, launchBrowser, logIn, screenshot } from './support/browser.js';
import { action } from './support/lifecycle.js';
import { t } from './support/i18n.js';
import { db } from '../../server/db/database.js';
import { CODES } from '../../server/domain/monitoring/simulation/knowledge.js';

/** A month of its own (the demo seed fills last month): the run screens only this file's claims. */
const MONTH = '2026-10';
const CLEAN = 'E2E-IMP-CLEAN-0001';
const VIOLATING = 'E2E-IMP-SEX-0001';

interface Parties {
  providerCode: string;
  agreementNumber: string;
  idNumber: string;
}

/** Two claims of one male patient at one hospital: a plain drug, and a female-only drug (¥86.00). */
function claimsFile(p: Parties): string {
  const claim = (settlementId: string, catalogueCode: string, name: string, fen: number) => ({
    settlementId,
    providerCode: p.providerCode,
    agreementNumber: p.agreementNumber,
    insuredIdNumber: p.idNumber,
    insuranceType: 'EMPLOYEE',
    visitType: 'OUTPATIENT',
    settlementCategory: 'GENERAL_OUTPATIENT',
    settledAt: `${MONTH}-15T03:00:00Z`,
    diagnoses: ['J06.9'],
    totalFen: String(fen),
    fundFen: String((fen * 7) / 10),
    accountFen: '0',
    selfFen: String((fen * 3) / 10),
    lines: [{ catalogueCode, name, category: 'WESTERN_DRUG', quantity: '1', unitPriceFen: String(fen), amountFen: String(fen), servedOn: `${MONTH}-15` }],
  });
  return [claim(CLEAN, CODES.plainDrugs[0]!, '阿莫西林胶囊', 2000), claim(VIOLATING, CODES.femaleOnly, '米非司酮片', 8600)]
    .map((c) => JSON.stringify(c))
    .join('\n');
}

/**
 * From a settlement file to the dashboard, in Chinese, as an insurer admin of Ma'anshan: the
 * file is uploaded on the console's import page (POST /claims/import), a screening run over
 * its month finds the female-only drug billed for a man, the hit is taken through the review
 * procedure to a confirmed finding, a penalty is proposed and issued from the finding, and the
 * dashboard's violating-share card shows a share.
 */
describe('claims import to dashboard', () => {
  let hub: E2eHub;
  let browser: Browser;
  let file: string;
  let badFile: string;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startE2eHub(), launchBrowser()]);
    const prisma = db();
    const { insurer } = await prisma.user.findFirstOrThrow({ where: { username: 'mas-admin' }, select: { insurer: { select: { id: true } } } });
    const agreement = await prisma.agreement.findFirstOrThrow({
      where: { insurerId: insurer!.id, status: 'ACTIVE', provider: { is: { kind: 'HOSPITAL' } } },
      select: { number: true, provider: { select: { code: true } } },
      orderBy: { number: 'asc' },
    });
    // Insured persons come from the insurer's enrolment system, not from the console.
    await prisma.insuredPerson.create({
      data: { insurerId: insurer!.id, nameZh: '导入测试参保人', idNumber: 'E2E-IMP-P-0001', sex: 'MALE', birthDate: new Date('1979-03-01T00:00:00Z') },
    });
    await mkdir(SCREENSHOTS, { recursive: true });
    file = path.join(SCREENSHOTS, 'claims-import-flow.ndjson');
    const parties = { providerCode: agreement.provider!.code, agreementNumber: agreement.number, idNumber: 'E2E-IMP-P-0001' };
    await writeFile(file, claimsFile(parties));
    // The same claims with a negative quantity on the second one's line: the batch is refused whole.
    badFile = path.join(SCREENSHOTS, 'claims-import-flow-bad.ndjson');
    await writeFile(badFile, claimsFile(parties).replace('"quantity":"1","unitPriceFen":"8600"', '"quantity":"-1","unitPriceFen":"8600"'));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  const step = (key: string) => `enums.RuleHitAction.${key}`;
  async function seeStep(page: Page, name: string) {
    await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain(t('zh-CN', `enums.RuleHitStep.${name}`));
  }

  it('imports a file on the console, screens it, confirms the hit into a finding, penalises it and shows the share', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    try {
      await logIn(page, hub.url, 'mas-admin');

      // 1. The import page, reached from the claims list.
      await page.goto(`${hub.url}/admin/#/claims`);
      await page.locator('a', { hasText: t('zh-CN', 'hub.claimsImport.button') }).click();
      await page.waitForURL(/#\/claims\/create/);
      const count = (key: string) => page.locator(`[data-testid="claims-import-${key}"] h5`).innerText();
      const uploadFile = async (path: string, name: string) => {
        await page.locator('input[name="claimsFile"]').setInputFiles(path);
        await expect.poll(() => page.locator('[data-testid="claims-import-file"]').innerText()).toContain(name);
        await page.locator('button', { hasText: t('zh-CN', 'hub.claimsImport.upload') }).click();
        const done = page.locator('[data-testid="claims-import-done"]');
        await done.waitFor({ timeout: 30_000 });
        return done.innerText();
      };

      // A file with a bad line first: nothing imported, the line named with its field, in Chinese.
      expect(await uploadFile(badFile, 'claims-import-flow-bad.ndjson')).toContain(t('zh-CN', 'hub.claimsImport.doneWithErrors'));
      expect(await count('imported')).toBe('0');
      expect(await count('refused')).toBe('2');
      const errors = page.locator('[data-testid="claims-import-errors"] tbody tr');
      expect(await errors.count()).toBe(1);
      const cells = await errors.first().locator('td').allInnerTexts();
      expect(cells).toEqual(['2', 'lines.0.quantity', t('zh-CN', 'hub.claimsImport.codes.INVALID_VALUE'), '数量须为正数，最多 3 位小数']);
      await screenshot(page, 'import-01-refused-line');

      // The corrected file: both claims in; sent again, both known and skipped.
      expect(await uploadFile(file, 'claims-import-flow.ndjson')).toContain(t('zh-CN', 'hub.claimsImport.done'));
      expect([await count('imported'), await count('refused')]).toEqual(['2', '0']);
      await screenshot(page, 'import-01-report');
      await page.reload();
      expect(await uploadFile(file, 'claims-import-flow.ndjson')).toContain(t('zh-CN', 'hub.claimsImport.done'));
      expect([await count('imported'), await count('unchanged')]).toEqual(['0', '2']);
      const imports = await db().auditEvent.findMany({ where: { type: 'claims.imported' }, orderBy: { seq: 'desc' }, take: 2 });
      expect(imports.map((e) => (e.data as { inserted: number }).inserted)).toEqual([0, 2]);

      // 2. A screening run over the file's month, followed to its end.
      await page.goto(`${hub.url}/admin/#/screeningRuns/create`);
      await page.locator('input[name="fromMonth"]').fill(MONTH);
      await page.locator('input[name="toMonth"]').fill(MONTH);
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL((url) => /#\/screeningRuns\/[^/]+\/show/.test(url.hash), { timeout: 20_000 });
      await page.locator('main').getByText(t('zh-CN', 'enums.ScreeningRunStatus.COMPLETED'), { exact: true }).waitFor({ timeout: 90_000 });
      await screenshot(page, 'import-02-run-completed');

      // 3. The hit in the review queue, found by its settlement id; the clean claim has none.
      const queue = (q: string) => `${hub.url}/admin/#/ruleHits?filter=${encodeURIComponent(JSON.stringify({ q }))}`;
      await page.goto(queue(VIOLATING));
      const hitCell = page.locator('td.column-claimRef', { hasText: VIOLATING });
      await hitCell.first().waitFor({ timeout: 20_000 });
      expect(await page.locator('tbody tr').count()).toBe(1);
      await screenshot(page, 'import-03-queue');
      expect(await db().ruleHit.count({ where: { claimRef: CLEAN } })).toBe(0);
      await hitCell.first().click();
      await page.waitForURL(/#\/ruleHits\/[^/]+\/show/);

      // 4. Through the procedure: review, re-examination, the provider's statement (recorded by
      //    the agency), investigation with the violating amount, confirmation into a finding.
      await seeStep(page, 'INITIAL_REVIEW');
      await action(page, step('REVIEW'), (d) => d.locator('textarea[name="note"]').first().fill('男性参保人使用限女性药品，疑点成立'));
      await seeStep(page, 'REEXAMINATION');
      await action(page, step('REEXAMINE'), (d) => d.locator('textarea[name="note"]').first().fill('复审：请医院陈述申辩'));
      await seeStep(page, 'STATEMENT');
      await action(page, step('ANSWER'), (d) => d.locator('textarea[name="note"]').first().fill('医院书面陈述：处方录入错误'));
      await seeStep(page, 'INVESTIGATION');
      await action(page, step('INVESTIGATE'), async (d) => {
        await d.locator('textarea[name="note"]').first().fill('核对处方与病历，违规属实');
        await d.locator('input[name="violatingAmount"]').fill('86');
      });
      await seeStep(page, 'HANDLING');
      await action(page, step('CONFIRM'), (d) => d.locator('textarea[name="note"]').first().fill('确认违规：限性别用药'), 'import-04-confirm');
      await page.waitForURL(/#\/findings\/[^/]+\/show/, { timeout: 20_000 });
      await expect.poll(() => page.locator('main').innerText()).toContain('确认违规：限性别用药');
      await screenshot(page, 'import-05-finding');

      // 5. From the finding: propose, then issue the penalty.
      await action(page, 'hub.actions.propose', async (d) => {
        await d.locator('textarea[name="legalBasis"]').first().fill('《医疗保障基金使用监督管理条例》第三十八条');
        await expect.poll(() => d.locator('[data-testid="penalty-preview"]').innerText(), { timeout: 20_000 }).toMatch(/¥[\d,]+\.\d\d/);
      });
      await page.waitForURL(/#\/penalties\/[^/]+\/show/, { timeout: 20_000 });
      await action(page, 'hub.actions.issue', async (d) => {
        await expect.poll(() => d.locator('[data-testid="penalty-amount"]').innerText()).toMatch(/¥[\d,]+\.\d\d/);
        await d.locator('input[name="clauseRef"]').fill('服务协议第二十五条');
      });
      await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain(t('zh-CN', 'enums.PenaltyStatus.ISSUED'));
      await screenshot(page, 'import-06-penalty-issued');

      // 6. The month's monitoring report counts the confirmed hit in its violating share (the
      //    figure the dashboard's card reads), and the card shows a share above zero.
      const report = await page.evaluate(async (month) => {
        const csrf = decodeURIComponent(/(?:^|;\s*)hub_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ query: 'query($m: String!) { monitoringReport(month: $m) { settledClaims violatingShare confirmedShare } }', variables: { m: month } }),
        });
        return (await response.json()) as { data: { monitoringReport: { settledClaims: number; violatingShare: number; confirmedShare: number } } };
      }, MONTH);
      expect(report.data.monitoringReport.settledClaims).toBe(2);
      expect(report.data.monitoringReport.violatingShare).toBeGreaterThan(0);
      expect(report.data.monitoringReport.confirmedShare).toBeGreaterThan(0);
      await page.goto(`${hub.url}/admin/#/`);
      const share = page.locator('[data-testid="chart-share"]');
      await share.locator('.recharts-surface').first().waitFor({ timeout: 30_000 });
      await expect.poll(() => share.innerText(), { timeout: 20_000 }).toMatch(/(?:^|[^\d.])(?:[1-9]\d*(?:\.\d+)?|0\.\d*[1-9]\d*)\s?%/);
      expect(await share.innerText()).not.toContain(t('zh-CN', 'hub.dashboard.noData'));
      await screenshot(page, 'import-07-dashboard');
    } catch (error) {
      await screenshot(page, 'import-failure');
      throw error;
    } finally {
      await context.close();
    }
  }, 300_000);
});
