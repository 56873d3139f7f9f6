import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { logIn, screenshot } from './browser.js';
import { t } from './i18n.js';
import { switchLocale } from './lifecycle.js';

/**
 * A list's bilingual column follows the screen's language: the Ma'anshan admin opens the list in
 * English and its first row shows the record's English text, not the Chinese one, under the
 * English header; switched to Chinese, the same row shows the Chinese text. `texts` looks the
 * row's record up by its code (as the database has it), read from the `codeColumn` cell (default
 * `code`).
 */
export async function expectListFollowsLanguage(
  browser: Browser,
  hubUrl: string,
  list: { resource: string; header: string; codeColumn?: string },
  texts: (code: string) => Promise<{ en: string; zh: string }>,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'en-GB' });
  const page = await context.newPage();
  try {
    await logIn(page, hubUrl, 'mas-admin');
    await switchLocale(page, 'en');
    await page.goto(`${hubUrl}/admin/#/${list.resource}`);
    const row = page.locator('tbody tr').first();
    const code = row.locator(`td.column-${list.codeColumn ?? 'code'}`);
    await code.waitFor({ timeout: 20_000 });
    const { en, zh } = await texts((await code.innerText()).trim());
    expect(await row.innerText()).toContain(en);
    expect(await row.innerText()).not.toContain(zh);
    expect(await page.locator('thead').innerText()).toContain(t('en', list.header));
    await switchLocale(page, 'zh-CN');
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain(zh);
  } catch (error) {
    await screenshot(page, `${list.resource}-list-language`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}
