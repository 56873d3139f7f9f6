import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useConsoleRig, signedInPage } from './support/console-rig.js';
import { DEMO_PASSWORD, screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { action, switchLocale } from './support/lifecycle.js';

/**
 * Gaps a clerk met in the console: an insurer admin could create staff accounts but had no way
 * to disable one (someone left), enable it again or change its role, though the hub has all
 * three mutations; a designation application could not be withdrawn; and a provider's staff
 * applying for designation got the agency's empty paper-application form, typing any
 * institution's name and picking an insurer, instead of applying as their own provider.
 */
describe('account actions and designation withdrawals in the console', () => {
  const rig = useConsoleRig();

  const openUser = async (page: Page, username: string) => {
    await page.goto(`${rig.hub.url}/admin/#/users`);
    await page.getByRole('cell', { name: username, exact: true }).click();
    await page.waitForURL(/#\/users\/[^/]+\/show/, { timeout: 20_000 });
    await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain(username);
  };

  it('changes a role, disables and enables an account, and refuses the admin’s own with a clear message', async () => {
    const page = await signedInPage(rig, 'mas-admin');
    const main = page.locator('main');
    await openUser(page, 'mas-viewer');
    await screenshot(page, 'accounts-01-show');
    // A provider's staff account has one role: no change-role button there (asserted below), here there is.
    await action(page, 'hub.access.changeRole', async (d) => {
      await d.locator('.ra-input-role [role="combobox"]').click();
      // The account's own role is not offered.
      await expect.poll(() => page.locator('li[data-value]').evaluateAll((li) => li.map((l) => l.getAttribute('data-value')))).toEqual([
        'INSURER_ADMIN',
        'INSURER_AUDITOR',
      ]);
      await page.locator('li[data-value="INSURER_AUDITOR"]').click();
      await d.locator('textarea[name="reason"]').first().fill('转岗稽核');
    }, 'accounts-02-role');
    await expect.poll(() => main.innerText(), { timeout: 20_000 }).toContain(t('zh-CN', 'enums.Role.INSURER_AUDITOR'));
    // The language reads as a language, not as the tag zh-CN / en.
    expect(await main.innerText()).toContain('English');

    await action(page, 'hub.access.disableUser', async (d) => {
      await expect.poll(() => d.innerText()).toContain(t('zh-CN', 'hub.access.disableUserWarning'));
      await d.locator('textarea[name="reason"]').first().fill('离职');
    }, 'accounts-03-disable');
    await expect.poll(() => main.innerText(), { timeout: 20_000 }).toContain(t('zh-CN', 'hub.access.disabled'));
    await expect.poll(() => page.locator('button[data-action="hub.access.enableUser"]').count()).toBe(1);
    expect(await page.locator('button[data-action="hub.access.disableUser"]').count()).toBe(0);

    // The disabled account cannot sign in.
    const other = await rig.browser.newContext({ locale: 'zh-CN' });
    const login = await other.newPage();
    await login.goto(`${rig.hub.url}/admin/#/login`);
    await login.locator('input[name="username"]').fill('mas-viewer');
    await login.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await login.locator('button[type="submit"]').click();
    await login.locator('.MuiSnackbarContent-message, [role="alert"]').first().waitFor({ timeout: 20_000 });
    expect(login.url()).toContain('login');

    await action(page, 'hub.access.enableUser');
    await expect.poll(() => main.innerText(), { timeout: 20_000 }).toContain(t('zh-CN', 'hub.access.active'));
    await login.locator('button[type="submit"]').click();
    await login.waitForURL((url) => !url.hash.includes('login'), { timeout: 30_000 });
    await other.close();

    // The admin's own account: the hub refuses, and the dialog says why in the reader's language.
    await openUser(page, 'mas-admin');
    await page.locator('button[data-action="hub.access.disableUser"]').click();
    const dialog = page.locator('[role="dialog"]');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => dialog.locator('[role="alert"]').last().innerText(), { timeout: 20_000 }).toContain('不能对自己的账户');
    await screenshot(page, 'accounts-04-own-refused', { fullPage: false });
    await dialog.getByRole('button', { name: t('zh-CN', 'hub.actions.cancel') }).click();

    // Provider staff have one role: no role change offered; in English the actions read in English.
    await openUser(page, 'husong-staff');
    await switchLocale(page, 'en');
    await expect.poll(() => page.locator('button[data-action="hub.access.disableUser"]').textContent()).toBe(
      t('en', 'hub.access.disableUser'),
    );
    expect(await page.locator('button[data-action="hub.access.changeRole"]').count()).toBe(0);
    expect(await main.innerText()).toContain(t('en', 'hub.access.active'));
    await page.context().close();
  });

  it('lets a provider’s staff apply as their own institution and withdraw the application', async () => {
    const page = await signedInPage(rig, 'husong-staff');
    const main = page.locator('main');
    await page.goto(`${rig.hub.url}/admin/#/designationApplications/create`);
    const nameZh = page.locator('input[name="applicantNameZh"]');
    // The form starts from the provider's registered particulars; its names are locked.
    await expect.poll(() => nameZh.inputValue(), { timeout: 20_000 }).toMatch(/胡松/);
    expect(await nameZh.getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('input[name="regionCode"]').inputValue()).toMatch(/^\d{6}$/);
    const ownName = await nameZh.inputValue();
    await screenshot(page, 'own-application-01-form');
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/#\/designationApplications\/[^/]+\/show/, { timeout: 20_000 });
    await expect.poll(() => main.innerText(), { timeout: 20_000 }).toContain(t('zh-CN', 'enums.ApplicationStatus.SUBMITTED'));
    // Filed as the registered provider (shown once the full record has loaded).
    // The provider's name arrives with its own request after the label, so wait for it too.
    await expect.poll(() => main.innerText(), { timeout: 20_000 }).toContain(t('zh-CN', 'resources.designationApplications.fields.provider'));
    await expect.poll(async () => (await main.innerText()).split(ownName).length, { timeout: 20_000 }).toBeGreaterThan(2);
    // The agency's steps are not the applicant's.
    expect(await page.locator('button[data-action="resources.designationApplications.evaluate.action"]').count()).toBe(0);

    await action(page, 'resources.designationApplications.withdraw.action', async (d) => {
      await expect.poll(() => d.innerText()).toContain(t('zh-CN', 'resources.designationApplications.withdraw.warning'));
      await d.locator('textarea[name="reason"]').first().fill('材料需补充，撤回后重新申请');
    }, 'own-application-02-withdraw');
    await expect.poll(() => main.innerText(), { timeout: 20_000 }).toContain(t('zh-CN', 'enums.ApplicationStatus.WITHDRAWN'));
    await expect.poll(() => main.innerText()).toContain(t('zh-CN', 'resources.designationApplications.fields.withdrawnAt'));
    expect(await page.locator('button[data-action="resources.designationApplications.withdraw.action"]').count()).toBe(0);
    await screenshot(page, 'own-application-03-withdrawn');

    // In English the queue names the applicant in English (it showed the Chinese name).
    await switchLocale(page, 'en');
    await page.goto(`${rig.hub.url}/admin/#/designationApplications`);
    await expect.poll(() => page.locator('td.column-applicantNameZh').allInnerTexts(), { timeout: 20_000 }).toContain(
      'Husong Integrated Chinese and Western Medicine Clinic',
    );
    expect((await page.locator('td.column-applicantNameZh').allInnerTexts()).join('')).not.toMatch(/[\u4e00-\u9fff]/);
    // A screen the role is not given: a plain page in the reader's language, not "…a bad link..".
    await page.goto(`${rig.hub.url}/admin/#/users`);
    await page.getByTestId('not-found').waitFor({ timeout: 20_000 });
    expect(await main.innerText()).toContain(t('en', 'console.notFound.body'));
    await switchLocale(page, 'zh-CN');
    await expect.poll(() => main.innerText()).toContain(t('zh-CN', 'console.notFound.body'));
    expect(await main.innerText()).not.toMatch(/。\./);

    // A stocking rate with no indicator or nothing listed says so ("—"), not an empty cell.
    await page.goto(`${rig.hub.url}/admin/#/monthlyReports`);
    await page.locator('tbody tr.RaDatagrid-clickableRow').first().click();
    await page.waitForURL(/#\/monthlyReports\/[^/]+\/show/, { timeout: 20_000 });
    await expect.poll(() => page.locator('td.column-met').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const met = await page.locator('td.column-met').evaluateAll((cells) => cells.map((c) => c.textContent?.trim() || (c.querySelector('svg') ? 'icon' : '')));
    expect(met.every((m) => m !== '')).toBe(true);
    await page.context().close();
  });
});
