import { describe, expect, it } from 'vitest';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t, type Locale } from './support/i18n.js';

/**
 * What walking every menu entry as each role turned up: a hospital's staff offered the monthly
 * drug report the hub refuses a hospital (月报制 is for pharmacies and clinics), and the audit
 * log's event-type picker announcing its buttons in English ("Open") on the Chinese console.
 */
describe('console walked as each role', () => {
  const rig = useConsoleRig();

  async function open(username: string, locale: Locale) {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 }, locale });
    const page = await context.newPage();
    await logIn(page, rig.hub.url, username);
    const go = (hash: string) => page.goto(`${rig.hub.url}/admin/${locale === 'en' ? '?locale=en' : ''}#${hash}`);
    return { page, go, close: () => context.close() };
  }

  it("offers the monthly drug report to a pharmacy's staff, not to a hospital's", async () => {
    const action = 'button[data-action="resources.monthlyReports.file.action"]';
    const pharmacy = await open('mas-pharmacy-staff', 'zh-CN');
    await pharmacy.go('/monthlyReports');
    await pharmacy.page.locator(action).waitFor({ timeout: 20_000 });
    await pharmacy.close();

    const hospital = await open('mas-hospital-staff', 'zh-CN');
    await hospital.go('/monthlyReports');
    // The (empty) list has settled, and the provider's kind been read, before the absence is.
    await hospital.page.getByText(t('zh-CN', 'hub.empty')).first().waitFor({ timeout: 20_000 });
    await hospital.page.waitForLoadState('networkidle');
    expect(await hospital.page.locator(action).count()).toBe(0);
    await screenshot(hospital.page, 'walk-01-hospital-monthly-reports-zh');
    await hospital.close();
  });

  it("names the audit log's type picker buttons in the reader's language", async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { page, go, close } = await open('mas-auditor', locale);
      await go('/auditEvents');
      const picker = page.locator('.MuiAutocomplete-root').first();
      await picker.waitFor({ timeout: 20_000 });
      const popup = picker.locator('.MuiAutocomplete-popupIndicator');
      expect(await popup.getAttribute('aria-label')).toBe(t(locale, 'ra.action.open'));
      await popup.click();
      expect(await popup.getAttribute('aria-label')).toBe(t(locale, 'ra.action.close'));
      if (locale === 'zh-CN') expect(await popup.getAttribute('aria-label')).not.toMatch(/[A-Za-z]/);
      await close();
    }
  });
});
