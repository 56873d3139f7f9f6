import { describe, expect, it } from 'vitest';
import { useConsoleRig, signedInPage } from './support/console-rig.js';
import { screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { action, switchLocale } from './support/lifecycle.js';

/**
 * A new provider in the console. The providers list had no way to add one, and the
 * designation-application screens were read-only: no form for the paper application and no
 * evaluate or decide step, so a clerk could not bring a provider into the hub at all. Now the
 * list's "new provider" opens the application form; the application is evaluated and
 * designated on its page, and the provider appears in the list.
 */
describe('admitting a new provider in the console', () => {
  const rig = useConsoleRig();

  it('enters an application from the providers list, evaluates and designates it', async () => {
    const page = await signedInPage(rig, 'mas-admin');
    const name = `马鞍山市测试准入诊所${Date.now() % 100000}`;
    await page.goto(`${rig.hub.url}/admin/#/providers`);
    await page.locator('td.column-code').first().waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: t('zh-CN', 'resources.designationApplications.apply.newProvider') }).click();
    await page.getByText(t('zh-CN', 'resources.designationApplications.apply.help')).waitFor({ timeout: 20_000 });

    await page.locator('input[name="applicantNameZh"]').fill(name);
    await page.locator('input[name="applicantNameEn"]').fill('Test Admission Clinic');
    await page.locator('.ra-input-kind [role="combobox"]').click();
    await page.locator('li[data-value="CLINIC"]').click();
    await page.locator('.ra-input-ownership [role="combobox"]').click();
    await page.locator('li[data-value="PRIVATE"]').click();
    await page.locator('input[name="licenceScope"]').fill('内科、中医科');
    await page.locator('input[name="regionCode"]').fill('34050');
    await page.locator('main button[type="submit"]').click();
    await page.getByText(t('zh-CN', 'resources.designationApplications.apply.badRegion')).waitFor();
    await page.locator('input[name="regionCode"]').fill('340503');
    await screenshot(page, 'admission-01-form');
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/#\/designationApplications\/[^/]+\/show/, { timeout: 20_000 });
    const main = page.locator('main');
    await expect.poll(() => main.innerText()).toContain(t('zh-CN', 'enums.ApplicationStatus.SUBMITTED'));
    // Polled: the page first draws the record the create returned, then the full one.
    await expect.poll(() => main.innerText(), { timeout: 20_000 }).toContain('内科、中医科');

    await action(page, 'resources.designationApplications.evaluate.action', async (d) => {
      await d.locator('input[name="SITE_VISIT"]').fill('36');
      await d.locator('input[name="MATERIALS"]').fill('26');
      await d.locator('input[name="INFORMATION_SYSTEM"]').fill('24');
    }, 'admission-02-evaluate');
    await expect.poll(() => main.innerText(), { timeout: 20_000 }).toContain(t('zh-CN', 'enums.ApplicationStatus.EVALUATED'));
    await expect.poll(() => main.innerText()).toContain('86');

    await action(page, 'resources.designationApplications.decide.action', undefined, 'admission-03-decide');
    await expect.poll(() => main.innerText(), { timeout: 20_000 }).toContain(t('zh-CN', 'enums.ApplicationStatus.DESIGNATED'));
    // The draft service agreement the decision prepared is named on the application.
    await expect.poll(() => main.innerText()).toMatch(/AGR-|[A-Z]{2,}-\d{8}/);
    await screenshot(page, 'admission-04-designated');
    // In English the scoring standard's items read in English (they showed the Chinese labels).
    await switchLocale(page, 'en');
    await expect.poll(() => main.innerText()).toContain('Site visit');
    expect(await main.innerText()).not.toMatch(/现场核查|申报材料|信息系统/);
    await switchLocale(page, 'zh-CN');

    const filter = encodeURIComponent(JSON.stringify({ q: name }));
    await page.goto(`${rig.hub.url}/admin/#/providers?filter=${filter}`);
    await expect.poll(() => page.locator('td.column-nameZh').allInnerTexts(), { timeout: 20_000 }).toEqual([name]);
    await page.context().close();
  });
});
