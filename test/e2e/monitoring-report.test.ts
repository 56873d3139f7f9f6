import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t } from './support/i18n.js';

/**
 * The monthly monitoring report as an agency clerk reads it in Chinese: the demo month's
 * counts with yuan and separators, hits by rule and by provider, the violating share equal to
 * what the dashboard charts for that month, and the report exported to Excel.
 */
describe('the monthly monitoring report (zh-CN)', () => {
  const rig = useConsoleRig();

  it('shows the demo month, the same share as the dashboard, and exports it', async () => {
    const context = await rig.browser.newContext({
      viewport: { width: 1440, height: 960 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    try {
      await logIn(page, rig.hub.url, 'mas-admin');
      // The dashboard's share chart draws the seeded (previous) month — one month, so a point on
      // the line — and no empty-state text.
      const share = page.locator('[data-testid="chart-share"]');
      await share.locator('.recharts-line-dot').first().waitFor({ timeout: 30_000 });
      expect(await share.locator('[data-testid="chart-empty"]').count()).toBe(0);
      await screenshot(page, 'report-zh-CN-dashboard');
      // Long violation-type names are wrapped inside the card, never cut off.
      const byViolation = page.locator('[data-testid="chart-by-violation"]');
      await byViolation.locator('.hub-wrapped-tick').first().waitFor({ state: 'attached', timeout: 30_000 });
      const labels = await byViolation.evaluate((card) => {
        const box = card.getBoundingClientRect();
        const texts = [...card.querySelectorAll('.hub-wrapped-tick')];
        return { left: box.left, lefts: texts.map((t) => t.getBoundingClientRect().left) };
      });
      expect(labels.lefts.length).toBeGreaterThan(0);
      for (const left of labels.lefts) expect(left).toBeGreaterThanOrEqual(labels.left);

      await page.locator('[data-testid="menu-monitoring-report"]').click();
      const report = page.locator('[data-testid="monitoring-report"]');
      await report.locator('[data-testid="report-summary"]').waitFor({ timeout: 30_000 });
      expect(await report.locator('h6').first().innerText()).toBe(t('zh-CN', 'monitoringReport.title'));
      const month = await page.locator('[data-testid="report-month"]').inputValue();
      expect(month).toMatch(/^\d{4}-\d{2}$/);

      const summary = await report.locator('[data-testid="report-summary"]').innerText();
      expect(summary).toContain(t('zh-CN', 'monitoringReport.reminders'));
      expect(summary).toContain(t('zh-CN', 'monitoringReport.interceptions'));
      expect(summary).toContain(t('zh-CN', 'monitoringReport.refusals'));
      // 1,500 seeded claims: person-times with a separator, the fund paid in yuan.
      const settled = await report.locator('tr[data-row="settled"]').innerText();
      expect(settled).toMatch(/1,5\d\d/);
      expect(settled).toMatch(/¥[\d,]+\.\d{2}/);
      expect(await report.locator('[data-testid="report-by-rule"] tbody tr').count()).toBeGreaterThan(0);
      expect(await report.locator('[data-testid="report-by-provider"] tbody tr').count()).toBeGreaterThan(0);
      expect(await report.locator('[data-testid="report-by-provider"]').innerText()).toMatch(
        /[\u4e00-\u9fff]/,
      );

      // The share the report prints is the share the dashboard charts for the month.
      const printed = (await report.locator('[data-testid="report-share"] h4').innerText()).trim();
      expect(printed).toMatch(/^\d+\.\d{2}%$/);
      const dashboard = await page.evaluate(async (m) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-csrf-token': document.cookie.match(/csrf[^=]*=([^;]+)/)?.[1] ?? '',
          },
          body: JSON.stringify({
            query: `{ dashboard(from: "${m}-01") { violatingShare { month share } } }`,
          }),
        });
        return (await res.json()) as {
          data?: { dashboard: { violatingShare: { month: string; share: number }[] } };
        };
      }, month);
      const point = dashboard.data?.dashboard.violatingShare.find((p) => p.month === month);
      expect(point).toBeDefined();
      expect(`${(point!.share * 100).toFixed(2)}%`).toBe(printed);
      await screenshot(page, 'report-zh-CN-page');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('button[data-export="xlsx"]').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${t('zh-CN', 'monitoringReport.title')}-${month}.xlsx`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['类别', '项目', '人次', '金额（元）']);
      const rows = (sheet.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1));
      expect(rows[0]![1]).toBe(t('zh-CN', 'monitoringReport.reminders'));
      expect(rows.some((r) => r[0] === t('zh-CN', 'monitoringReport.byRule'))).toBe(true);
      expect(rows.filter((r) => typeof r[3] === 'number').length).toBeGreaterThan(5);
      expect(sheet.getColumn(4).numFmt).toBe('#,##0.00');
      expect(JSON.stringify(rows)).not.toMatch(/__typename|[0-9a-f]{8}-[0-9a-f]{4}-/);
    } finally {
      await context.close();
    }
  });

  it('gives a viewer the no-access page at the report URL, and no menu entry', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await logIn(page, rig.hub.url, 'mas-viewer');
      await page.goto(`${rig.hub.url}/admin/#/monitoring-report`);
      await page.locator('[data-testid="no-access"]').waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-testid="no-access"]').innerText()).toContain(
        t('zh-CN', 'monitoringReport.title'),
      );
      expect(await page.locator('[data-testid="menu-monitoring-report"]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
