import { describe, expect, it } from 'vitest';
import { useConsoleRig, signedInPage } from './support/console-rig.js';
import { screenshot } from './support/browser.js';
import { t } from './support/i18n.js';

/**
 * 医保医师备案 in the console: the physicians list had no create screen (the API had no
 * mutation). An agency admin registers a physician at one of its providers; a malformed ID
 * number is refused beside the input before sending, one with a wrong check character by the
 * hub beside the same input in Chinese; the corrected form lands on the new physician's page.
 */
describe('registering a physician in the console', () => {
  const rig = useConsoleRig();

  it('registers a physician at a provider, refusals beside the ID number', async () => {
    const page = await signedInPage(rig, 'mas-admin');
    let sent = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && /RegisterPhysician/.test(r.postData() ?? '')) sent += 1;
    });
    await page.goto(`${rig.hub.url}/admin/#/physicians`);
    await page.locator('td.column-code').first().waitFor({ timeout: 20_000 });
    await page.locator('a[href="#/physicians/create"]').click();
    await page.getByText(t('zh-CN', 'resources.physicians.register.help')).waitFor({ timeout: 20_000 });

    const provider = page.locator('input[aria-autocomplete="list"]');
    await provider.fill('马鞍山市中心医院');
    await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 20_000 }).toBe(1);
    await page.locator('[role="option"]').first().click();
    const code = `D9${String(Date.now()).slice(-9)}`;
    await page.getByLabel(t('zh-CN', 'resources.physicians.fields.code')).fill(code);
    await page.locator('input[name="nameZh"]').fill('测试备案医师');
    await page.locator('input[name="nameEn"]').fill('Registered Doctor');
    await page.getByLabel(t('zh-CN', 'resources.physicians.fields.licenceNumber')).fill('110340500099999');
    const idNumber = page.getByLabel(t('zh-CN', 'resources.physicians.fields.idNumber'));
    const submit = page.locator('main button[type="submit"]');

    // Too short: refused beside the input, nothing sent.
    await idNumber.fill('3405031980');
    await submit.click();
    await page.getByText(t('zh-CN', 'resources.physicians.register.badIdNumber')).waitFor();
    expect(sent).toBe(0);

    // Well formed, wrong check character: the hub's refusal on the same input, in Chinese.
    await idNumber.fill('340503198001010019');
    await submit.click();
    await page
      .locator('.MuiFormHelperText-root.Mui-error', { hasText: '请填写 18 位公民身份号码（校验位须正确）' })
      .waitFor({ timeout: 20_000 });
    expect(await idNumber.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toBe(1);
    expect(await page.locator('#main-content').innerText()).not.toMatch(/Invalid input|BAD_USER_INPUT|idNumber/);
    await screenshot(page, 'physician-register-refused');

    await idNumber.fill('340503198001010018');
    await submit.click();
    await page.waitForURL(/#\/physicians\/[^/]+\/show/, { timeout: 20_000 });
    await expect.poll(() => page.locator('main').innerText()).toContain('测试备案医师');
    expect(await page.locator('main').innerText()).toContain(code);
    await screenshot(page, 'physician-registered');
    await page.context().close();
  });

  it('offers neither the screen nor the button to an auditor', async () => {
    const page = await signedInPage(rig, 'mas-auditor');
    await page.goto(`${rig.hub.url}/admin/#/physicians`);
    await page.locator('td.column-code').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('a[href="#/physicians/create"]').count()).toBe(0);
    await page.goto(`${rig.hub.url}/admin/#/physicians/create`);
    await page.locator('[data-testid="no-access"]').waitFor({ timeout: 20_000 });
    await page.context().close();
  });
});
