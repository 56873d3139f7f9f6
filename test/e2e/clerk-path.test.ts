import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t, type Locale } from './support/i18n.js';
import { switchLocale } from './support/lifecycle.js';
import { bundleFigures } from '../../scripts/bundle-size.mjs';

/**
 * What a clerk meets on the way, in Chromium against the real hub: indicator limits in yuan,
 * the no-access page at a create URL for a viewer, exports opened and read back, the first
 * load measured, and nothing requested from outside the hub (console pages and GraphiQL).
 */
describe('the console as a clerk uses it', () => {
  const rig = useConsoleRig();

  /** A context that records (and blocks) every request to a host other than the hub's loopback. */
  async function isolatedContext(locale: Locale): Promise<{ context: BrowserContext; outside: string[] }> {
    const context = await rig.browser.newContext({
      viewport: { width: 1440, height: 960 },
      locale: locale === 'en' ? 'en-GB' : 'zh-CN',
      acceptDownloads: true,
    });
    const outside: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const local =
        ['data:', 'blob:'].includes(url.protocol) ||
        ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
      if (local) await route.continue();
      else {
        outside.push(url.href);
        await route.abort();
      }
    });
    return { context, outside };
  }

  async function signedIn(
    locale: Locale,
    user = 'mas-admin',
  ): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
    const { context, outside } = await isolatedContext(locale);
    const page = await context.newPage();
    await logIn(page, rig.hub.url, user);
    if (locale === 'en') await switchLocale(page, 'en');
    return { context, page, outside };
  }

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`shows indicator limits in yuan with separators (${locale})`, async () => {
      const { context, page } = await signedIn(locale);
      try {
        const filter = encodeURIComponent(
          JSON.stringify({ status: 'ACTIVE', kind: 'MEDICAL_INSTITUTION_SERVICE' }),
        );
        await page.goto(`${rig.hub.url}/admin/#/agreements?filter=${filter}`);
        await page.locator('td.column-number').first().click();
        await page.waitForURL(/#\/agreements\/[^/]+\/show/);
        await page.goto(`${page.url()}/terms`);
        await page.locator('[data-testid="indicator-threshold"]').first().waitFor({ timeout: 20_000 });
        const limits = await page.locator('[data-testid="indicator-threshold"]').allInnerTexts();
        // The seed's 次均住院费用 limit is 980000 fen: 9,800.00 yuan, not "980000 元".
        expect(limits).toContain(locale === 'en' ? '≤ ¥9,800.00' : '≤ 9,800.00 元');
        expect(limits.join(' ')).not.toMatch(/980000|3500000000/);
        await screenshot(page, `clerk-${locale}-indicators`);
      } finally {
        await context.close();
      }
    });
  }

  it('gives a viewer a no-access page at a create URL, and no create button or menu route', async () => {
    const { context, page } = await signedIn('zh-CN', 'mas-viewer');
    try {
      await page.goto(`${rig.hub.url}/admin/#/agreements/create`);
      const page403 = page.locator('[data-testid="no-access"]');
      await page403.waitFor({ timeout: 20_000 });
      expect(await page403.innerText()).toContain(t('zh-CN', 'console.noAccess.title'));
      expect(await page403.innerText()).toContain('经办机构查阅员');
      expect(await page.locator('main input[name="number"]').count()).toBe(0);
      await screenshot(page, 'clerk-viewer-no-access');
      await page.goto(`${rig.hub.url}/admin/#/findings/create`);
      await page.locator('[data-testid="no-access"]').waitFor();
      await page.goto(`${rig.hub.url}/admin/#/agreements`);
      await page.locator('td.column-number').first().waitFor();
      expect(await page.locator('a[href$="/agreements/create"]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('exports penalties as .xlsx and CSV that Excel reads: Chinese headers, yuan, local dates, no ids', async () => {
    const { context, page } = await signedIn('zh-CN');
    try {
      await page.goto(`${rig.hub.url}/admin/#/penalties`);
      await page.locator('td.column-number').first().waitFor({ timeout: 20_000 });
      const shownNumbers = await page.locator('td.column-number').allInnerTexts();

      const [xlsxDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('button[data-export="xlsx"]').click(),
      ]);
      expect(xlsxDownload.suggestedFilename()).toMatch(/^处理.*\d{4}-\d{2}-\d{2}\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync((await xlsxDownload.path())!) as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(headers).toHaveLength(8);
      expect(headers.slice(5, 7)).toEqual(['处理金额（元）', '追回金额（元）']);
      expect(headers.every((h) => /[\u4e00-\u9fff]/.test(String(h)))).toBe(true);
      const rows = sheet.getSheetValues().slice(2) as unknown[][];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining([shownNumbers[0]]));
      const amounts = rows.map((r) => r[6]).filter((v) => v !== null && v !== undefined && v !== '');
      expect(amounts.length).toBeGreaterThan(0);
      expect(amounts.every((v) => typeof v === 'number')).toBe(true);
      expect(sheet.getColumn(6).numFmt).toBe('#,##0.00');
      expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r[8])))).toBe(true);
      const statuses = new Set(rows.map((r) => String(r[3])));
      expect([...statuses].every((s) => /[\u4e00-\u9fff]/.test(s))).toBe(true);
      const everything = JSON.stringify(rows);
      expect(everything).not.toMatch(
        /__typename|[0-9a-f]{8}-[0-9a-f]{4}-|UGVuYWx0e|PROPOSED|ISSUED|EXECUTED/,
      );

      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('button[data-export="csv"]').click(),
      ]);
      const csv = readFileSync((await csvDownload.path())!, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const [headerLine, firstLine] = csv.slice(1).split('\r\n');
      expect(headerLine!.split(',').slice(5, 7)).toEqual(['处理金额（元）', '追回金额（元）']);
      expect(firstLine).toMatch(/,\d+\.\d\d,/);
      expect(csv).not.toMatch(/__typename|[0-9a-f]{8}-[0-9a-f]{4}-/);
      // The CSV's amounts are the same yuan the workbook holds.
      const csvAmount = Number(firstLine!.split(',')[5]);
      expect(csvAmount).toBe(rows[0]![6]);
      await screenshot(page, 'clerk-export');
    } finally {
      await context.close();
    }
  });

  it('loads the console in chunks, compressed and cached, and prints the first-load figures', async () => {
    const figures = bundleFigures();
    const { context, outside } = await isolatedContext('zh-CN');
    const page = await context.newPage();
    try {
      const scripts: { url: string; encoding: string | null; bytes: number; cache: string | null }[] = [];
      page.on('response', async (response) => {
        if (!response.url().endsWith('.js')) return;
        const headers = await response.allHeaders();
        const body = await response.body().catch(() => Buffer.alloc(0));
        scripts.push({
          url: response.url(),
          encoding: headers['content-encoding'] ?? null,
          bytes: Number(headers['content-length'] ?? body.length),
          cache: headers['cache-control'] ?? null,
        });
      });
      const started = Date.now();
      await page.goto(`${rig.hub.url}/admin/#/login`);
      await page.locator('input[name="username"]').waitFor();
      const loginShown = Date.now() - started;
      const index = await fetch(`${rig.hub.url}/admin/`);
      expect(index.headers.get('cache-control')).toBe('no-cache');
      // Every script came compressed with a year of immutable caching. Chromium offers brotli
      // only over HTTPS, so over plain loopback HTTP it gets the gzip files; brotli is checked
      // with a client that asks for it.
      expect(scripts.length).toBeGreaterThan(1);
      for (const s of scripts) {
        expect(s.encoding).toBe('gzip');
        expect(s.cache).toMatch(/max-age=31536000.*immutable/);
      }
      const br = await fetch(scripts[0]!.url, { headers: { 'accept-encoding': 'br' } });
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(br.headers.get('vary')).toContain('Accept-Encoding');
      const transferredKb = scripts.reduce((n, s) => n + s.bytes, 0) / 1000;

      await page.locator('input[name="username"]').fill('mas-admin');
      await page.locator('input[name="password"]').fill('demo-password');
      const submitted = Date.now();
      await page.locator('button[type="submit"]').click();
      await page
        .locator('[data-testid="chart-by-month"] .recharts-surface')
        .first()
        .waitFor({ timeout: 30_000 });
      const firstChart = Date.now() - submitted;
      const nav = await page.evaluate(() => {
        const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          domContentLoaded: Math.round(entry.domContentLoadedEventEnd),
          load: Math.round(entry.loadEventEnd),
        };
      });
      await screenshot(page, 'clerk-first-chart');
      console.log(
        `[first load] login page shown in ${loginShown} ms (DOMContentLoaded ${nav.domContentLoaded} ms, load ${nav.load} ms); ` +
          `${scripts.length} scripts, ${transferredKb.toFixed(1)} kB gzip over the wire; first chart ${firstChart} ms after sign-in. ` +
          `Build: initial JS ${(figures.initialBrotli / 1000).toFixed(1)} kB brotli / ${(figures.initialGzip / 1000).toFixed(1)} kB gzip ` +
          `(${(figures.initialRaw / 1000).toFixed(1)} kB raw) in ${figures.initialFiles} files; ${figures.allChunks} chunks in all.`,
      );
      // Screens are chunks of their own: the first load is a part of the whole.
      expect(figures.initialRaw).toBeLessThan(figures.allRaw / 2);
      // The budget of the first load (issue: initial JavaScript ≤ 350 kB compressed).
      expect(figures.initialBrotli).toBeLessThanOrEqual(350_000);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('requests nothing outside the hub from any console page or the GraphQL IDE, which uses the session', async () => {
    const { context, page, outside } = await signedIn('zh-CN');
    try {
      for (const hash of [
        '#/',
        '#/agreements',
        '#/penalties',
        '#/findings',
        '#/providers',
        '#/auditEvents',
      ]) {
        await page.goto(`${rig.hub.url}/admin/${hash}`);
        await page.locator('main').first().waitFor();
        await page.waitForLoadState('networkidle');
      }
      await page.goto(`${rig.hub.url}/graphql`, { waitUntil: 'networkidle' });
      expect(new URL(page.url()).pathname).toBe('/graphiql');
      await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
      // The schema is introspected with the session first; then run the example query (the
      // editor may still be settling on the first click, so run it until an answer shows).
      await page.waitForLoadState('networkidle');
      const response = page.locator('.graphiql-response');
      await expect
        .poll(
          async () => {
            if ((await response.innerText()).trim().replace(/\u200b/g, '') === '') {
              await page.locator('.graphiql-execute-button').click();
              await page.waitForLoadState('networkidle');
            }
            return response.innerText();
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toContain('马鞍山医保中心管理员');
      await screenshot(page, 'clerk-graphiql', { fullPage: false });
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
