import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t, type Locale } from './support/i18n.js';

/**
 * What a screen reader (and automation) needs, and what a Chinese clerk types: every row's
 * selection checkbox and every list's search box has a name, and dates read and are typed as
 * 年-月-日 (2026-12-07) even in a browser whose own date input would show mm/dd/yyyy.
 */
describe('console labels and dates', () => {
  const rig = useConsoleRig();

  /** `browserLocale`: the operating system's language, which the browser's date input follows. */
  async function open(username: string, locale: Locale, browserLocale = 'en-US') {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 }, locale: browserLocale });
    const page = await context.newPage();
    await logIn(page, rig.hub.url, username);
    const go = (hash: string) => page.goto(`${rig.hub.url}/admin/?locale=${locale}#${hash}`);
    return { page, go, close: () => context.close() };
  }

  /** The form controls of the main area that an accessibility tree shows without a name. */
  async function unnamedControls(page: Page): Promise<string[]> {
    const tree = await page.locator('#main-content').ariaSnapshot();
    return tree
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^- (textbox|checkbox|combobox|spinbutton|searchbox)(?: \[[^\]]*\])?:?$/.test(line));
  }

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`names each row's checkbox and the search box of every list (${locale})`, async () => {
      const { page, go, close } = await open('mas-auditor', locale);
      await go('/ruleHits');
      const rows = page.locator('tbody tr');
      await rows.first().locator('td.column-claimRef').waitFor({ timeout: 20_000 });
      const claimRef = (await rows.first().locator('td.column-claimRef').innerText()).trim();
      const name = t(locale, 'hub.selectRow').replace('%{name}', claimRef);
      await page.getByRole('checkbox', { name, exact: true }).check();
      await expect.poll(() => page.locator('button[data-action="hub.review.bulkConfirm"]').isVisible()).toBe(true);
      await page.getByRole('textbox', { name: t(locale, 'hub.filters.search') }).waitFor();
      expect(await unnamedControls(page)).toEqual([]);

      // Each list's search box, and whatever else its filters offer, has a name.
      for (const list of ['/agreements', '/findings', '/penalties', '/claims', '/knowledgeEntries']) {
        await go(list);
        await page.getByRole('textbox', { name: t(locale, 'hub.filters.search') }).waitFor({ timeout: 20_000 });
        await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
        await page.waitForLoadState('networkidle');
        expect({ list, unnamed: await unnamedControls(page) }).toEqual({ list, unnamed: [] });
      }
      await go('/settlementSuspensions');
      await page.locator('.RaFilterForm-filterFormInput').first().waitFor({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      expect(await unnamedControls(page)).toEqual([]);
      await close();
    });
  }

  it('shows and takes dates as 年-月-日 in the Chinese console of an English browser', async () => {
    const { page, go, close } = await open('mas-auditor', 'zh-CN', 'en-US');
    await go('/findings/create');
    const foundOn = page.getByLabel(t('zh-CN', 'resources.findings.fields.foundOn'));
    await foundOn.waitFor({ timeout: 20_000 });
    // Today's day on the agency's calendar, written year first: never mm/dd/yyyy.
    expect(await foundOn.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const from = page.getByLabel(t('zh-CN', 'resources.findings.fields.occurredFrom'));
    expect(await from.getAttribute('placeholder')).toBe(t('zh-CN', 'hub.day.placeholder'));
    // What a clerk also types: slashes, or the date in characters, read as the same day on leaving.
    await from.fill('2026/3/5');
    await from.blur();
    expect(await from.inputValue()).toBe('2026-03-05');
    const to = page.getByLabel(t('zh-CN', 'resources.findings.fields.occurredTo'));
    await to.fill('2026年3月31日');
    await to.blur();
    expect(await to.inputValue()).toBe('2026-03-31');
    // An American order is no day here: refused beside the field, in Chinese, before the hub is asked.
    await foundOn.fill('03/05/2026');
    await foundOn.blur();
    await page.locator('button[type="submit"]').click();
    await page.getByText(t('zh-CN', 'hub.errors.day')).first().waitFor();
    expect(await foundOn.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'labels-01-finding-dates-zh');
    await close();
  });
});
