import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startE2eHub, type E2eHub } from './support/hub.js';
import { SCREENSHOTS, launchBrowser, logIn, screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { db } from '../../server/db/database.js';
import { systemViewer } from '../../server/auth/viewer.js';
import { readNdjson } from '../../server/domain/monitoring/claim-file.js';
import { importClaims } from '../../server/domain/monitoring/import-claims.js';
import { prepareSimInsurer } from '../../server/domain/monitoring/simulation/seed-simulation.js';
import { CODES } from '../../server/domain/monitoring/simulation/knowledge.js';

const MONTH = '2026-11';

/** Two outpatient claims of one male patient: a plain one, and one with a female-only drug. */
function claimsFile(providerCode: string, idNumber: string): string {
  const claim = (settlementId: string, catalogueCode: string, name: string) => ({
    settlementId,
    providerCode,
    insuredIdNumber: idNumber,
    insuranceType: 'EMPLOYEE',
    visitType: 'OUTPATIENT',
    settlementCategory: 'GENERAL_OUTPATIENT',
    settledAt: `${MONTH}-12T02:30:00Z`,
    diagnoses: ['J06.9'],
    totalFen: '12345',
    fundFen: '8641',
    accountFen: '0',
    selfFen: '3704',
    lines: [
      {
        catalogueCode,
        name,
        category: 'WESTERN_DRUG',
        quantity: '1',
        unitPriceFen: '12345',
        amountFen: '12345',
        servedOn: `${MONTH}-12`,
      },
    ],
  });
  return [
    claim('E2E-CLEAN-0001', CODES.plainDrugs[0]!, '阿莫西林胶囊'),
    claim('E2E-SEX-0001', CODES.femaleOnly, '米非司酮片'),
  ]
    .map((c) => JSON.stringify(c))
    .join('\n');
}

/**
 * Smart monitoring in the console, in Chinese: a small claims file with one known violation
 * (a female-only drug billed for a man) is imported, a screening run is started from the
 * console and followed to its end on the hub's own pg-boss worker, and the hit shows on the
 * claim's page while the clean claim has none.
 */
describe('smart monitoring console', () => {
  let hub: E2eHub;
  let browser: Browser;
  let insurerId: string;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startE2eHub(), launchBrowser()]);
    const prisma = db();
    const admin = await prisma.user.findFirstOrThrow({
      where: { username: 'mas-admin' },
      select: { insurer: { select: { id: true, code: true } } },
    });
    insurerId = admin.insurer!.id;
    const sim = await prepareSimInsurer(prisma, admin.insurer!.code, 1);
    await prisma.insuredPerson.create({
      data: {
        insurerId,
        nameZh: '测试参保人',
        idNumber: 'E2E-P-0001',
        sex: 'MALE',
        birthDate: new Date('1980-05-01T00:00:00Z'),
      },
    });
    await mkdir(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, 'monitoring-claims.ndjson');
    await writeFile(file, claimsFile(sim.providerCodes[0]!, 'E2E-P-0001'));
    const report = await importClaims(
      { actor: systemViewer, requestId: null },
      insurerId,
      readNdjson(createReadStream(file)),
    );
    expect(report.errors).toEqual([]);
    expect(report.inserted).toBe(2);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('starts a screening run, follows it to the end and shows the hit on the claim', async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 960 },
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    try {
      await logIn(page, hub.url, 'mas-admin');

      // The menu offers the libraries and runs to an insurer admin (manageMonitoring).
      await page.locator('a[href="#/screeningRuns"]').waitFor({ timeout: 20_000 });
      await page.goto(`${hub.url}/admin/#/auditRules`);
      await page.locator('input[name="q"]').fill('限性别');
      await page.getByText('限性别用药/诊疗项目').first().waitFor({ timeout: 20_000 });
      await screenshot(page, 'monitoring-01-rules');

      // The knowledge library, filtered by catalogue code, holds the restriction the rule reads.
      await page.goto(`${hub.url}/admin/#/knowledgeEntries`);
      await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
      await page.locator('input[name="q"]').fill(CODES.femaleOnly);
      const entry = page.locator('tbody tr', { hasText: CODES.femaleOnly });
      await entry.waitFor({ timeout: 20_000 });
      expect(await entry.innerText()).toContain(t('zh-CN', 'enums.Sex.FEMALE'));
      await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
      await screenshot(page, 'monitoring-01b-knowledge');

      await page.goto(`${hub.url}/admin/#/screeningRuns/create`);
      await page.locator('input[name="fromMonth"]').fill(MONTH);
      await page.locator('input[name="toMonth"]').fill(MONTH);
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL((url) => /#\/screeningRuns\/[^/]+\/show/.test(url.hash), { timeout: 20_000 });
      const completed = t('zh-CN', 'enums.ScreeningRunStatus.COMPLETED');
      await page.locator('main').getByText(completed, { exact: true }).waitFor({ timeout: 60_000 });
      await expect.poll(() => page.locator('[data-testid="run-progress"]').innerText()).toContain('100 %');
      await screenshot(page, 'monitoring-02-run-completed');

      const run = await db().screeningRun.findFirstOrThrow({
        where: { insurerId },
        orderBy: { createdAt: 'desc' },
      });
      expect(run.status).toBe('COMPLETED');
      expect(run.claimsScreened).toBeGreaterThanOrEqual(2);
      expect(run.hitsFound).toBeGreaterThanOrEqual(1);

      // The claims list, searched by settlement id, leads to the claim with its hit.
      await page.goto(`${hub.url}/admin/#/claims`);
      await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
      await page.locator('input[name="q"]').fill('E2E-SEX-0001');
      const row = page.locator('tbody tr', { hasText: 'E2E-SEX-0001' });
      await row.waitFor({ timeout: 20_000 });
      await expect.poll(() => row.innerText()).toContain('¥123.45');
      // Settled 02:30 UTC is 10:30 in China, the time the insurer's users read.
      expect(await row.innerText()).toContain('10:30');
      await screenshot(page, 'monitoring-03-claims');
      await row.click();
      await page.getByText('米非司酮片').waitFor({ timeout: 20_000 });
      const hits = page.locator('main').getByText('限性别用药/诊疗项目');
      await hits.first().waitFor({ timeout: 20_000 });
      await page.locator('main').getByText(t('zh-CN', 'enums.RuleStage.AFTER')).first().waitFor();
      await screenshot(page, 'monitoring-04-claim-hit');

      // The clean claim carries no hit.
      await page.goto(`${hub.url}/admin/#/claims`);
      await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
      await page.locator('input[name="q"]').fill('E2E-CLEAN-0001');
      const clean = page.locator('tbody tr', { hasText: 'E2E-CLEAN-0001' });
      await clean.waitFor({ timeout: 20_000 });
      await clean.click();
      await page.getByText('阿莫西林胶囊').waitFor({ timeout: 20_000 });
      expect(await page.locator('main').getByText('限性别用药/诊疗项目').count()).toBe(0);
    } catch (error) {
      await screenshot(page, 'monitoring-failure');
      throw error;
    } finally {
      await context.close();
    }
  }, 180_000);
});
