import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startE2eHub, type E2eHub } from './support/hub.js';
import { launchBrowser, logIn, screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { persistedText } from '../support/persisted-texts.js';

/**
 * The platform admin issues an API key in the console, the partner system uses it, the admin
 * revokes it, and the same call is refused: the whole key lifecycle through the screens a
 * user has, with the key read from the one-time dialog as a user would copy it. The hub runs
 * in production's allow-list mode (PERSISTED_OPERATIONS=allow-list), so this also proves that
 * every operation the console sent on the way was one of schema/persisted-operations.json.
 */
describe('API keys in the console', () => {
  let hub: E2eHub;
  let browser: Browser;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([
      startE2eHub({ PERSISTED_OPERATIONS: 'allow-list' }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  /** The partner system's call: an allow-listed operation (the console's own viewer query). */
  const callWith = async (key: string, query = persistedText('AdminViewer')) => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data?: { viewer: { role: string } };
      errors?: { extensions?: { code?: string } }[];
    };
    return { status: response.status, body };
  };

  const dialogShown = async (page: Page, shot: string) => {
    const dialog = page.locator('[role="dialog"]').last();
    await dialog.waitFor();
    // MUI fades dialogs in: capture once the overlay is fully drawn.
    await expect
      .poll(() => dialog.evaluate((el) => getComputedStyle(el.closest('.MuiDialog-container') ?? el).opacity))
      .toBe('1');
    await screenshot(page, shot, { fullPage: false });
    return dialog;
  };

  it('issues a key shown once, which works until it is revoked', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    try {
      await logIn(page, hub.url, 'admin');
      await page.goto(`${hub.url}/admin/#/apiClients`);
      const integrator = page.locator('td.column-name', { hasText: '马鞍山医保中心 系统集成' });
      await integrator.waitFor();
      await screenshot(page, 'access-01-api-clients');

      await integrator.click();
      await page.locator('button[data-action="hub.access.issueKey"]').click();
      const form = await dialogShown(page, 'access-02-issue-dialog');
      await form.locator('input[name="label"]').fill('e2e gateway');
      await form.locator('button[type="submit"]').click();

      const secretField = page.locator('[data-testid="issued-key"]');
      await secretField.waitFor({ timeout: 20_000 });
      const secretDialog = await dialogShown(page, 'access-03-key-shown-once');
      expect(await secretDialog.innerText()).toContain(t('zh-CN', 'hub.access.keyOnce'));
      const key = await secretField.inputValue();
      expect(key).toMatch(/^ahk_[A-Za-z0-9]+_[A-Za-z0-9]+$/);
      await page.locator('[data-testid="close-key"]').click();
      await secretField.waitFor({ state: 'detached' });
      // Once closed, the key is nowhere on the page: only its prefix identifies it.
      const prefix = key.split('_')[1]!;
      const row = page.locator('tr', { hasText: `ahk_${prefix}_…` });
      await row.waitFor({ timeout: 20_000 });
      expect(await page.locator('body').innerText()).not.toContain(key);
      await screenshot(page, 'access-04-key-listed');

      const works = await callWith(key);
      expect(works.status).toBe(200);
      expect(works.body.data?.viewer.role).toBe('INTEGRATOR');
      // The allow-list is on: the same key with a document of its own is refused.
      const unlisted = await callWith(key, '{ viewer { name role } }');
      expect(unlisted.status).toBe(400);
      expect(unlisted.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');

      await row.locator('button[data-action="hub.access.revokeKey"]').click();
      const confirm = await dialogShown(page, 'access-05-revoke-confirm');
      expect(await confirm.innerText()).toContain(t('zh-CN', 'hub.access.revokeWarning'));
      await confirm.locator('button[type="submit"]').click();
      await confirm.waitFor({ state: 'detached', timeout: 20_000 });
      await row
        .locator('button[data-action="hub.access.revokeKey"]')
        .waitFor({ state: 'detached', timeout: 20_000 });
      await screenshot(page, 'access-06-key-revoked');

      const refused = await callWith(key);
      expect(refused.status).toBe(401);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await context.close();
    }
  });

  it('disables a client and enables it again from its page: its key is refused, then works again', async () => {
    const key = 'ahk_demoitvd_DemoKeyNotSecretItVendor00000000';
    expect((await callWith(key)).status).toBe(200);
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    try {
      await logIn(page, hub.url, 'admin');
      await page.goto(`${hub.url}/admin/#/apiClients`);
      const client = page.locator('td.column-name', { hasText: '示例医保信息技术 智能监控' });
      await client.waitFor();
      await client.click();

      await page.locator('button[data-action="hub.access.disableClient"]').click();
      const disable = await dialogShown(page, 'access-07-disable-confirm');
      expect(await disable.innerText()).toContain(t('zh-CN', 'hub.access.disableWarning'));
      await disable.locator('textarea[name="reason"]').fill('e2e 暂停');
      await disable.locator('button[type="submit"]').click();
      await disable.waitFor({ state: 'detached', timeout: 20_000 });
      const enableButton = page.locator('button[data-action="hub.access.enableClient"]');
      await enableButton.waitFor({ timeout: 20_000 });
      expect(await page.locator('button[data-action="hub.access.disableClient"]').count()).toBe(0);
      expect((await callWith(key)).status).toBe(401);

      await enableButton.click();
      const enable = await dialogShown(page, 'access-08-enable-confirm');
      expect(await enable.innerText()).toContain(t('zh-CN', 'hub.access.enableWarning'));
      await enable.locator('button[type="submit"]').click();
      await enable.waitFor({ state: 'detached', timeout: 20_000 });
      await page.locator('button[data-action="hub.access.disableClient"]').waitFor({ timeout: 20_000 });
      const works = await callWith(key);
      expect([works.status, works.body.data?.viewer.role]).toEqual([200, 'PARTNER']);
    } finally {
      await context.close();
    }
  });

  it('shows users and API clients only to those who manage access', async () => {
    const auditor = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    const admin = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    try {
      const page = await auditor.newPage();
      await logIn(page, hub.url, 'mas-auditor');
      await page.locator('a[href="#/agreements"]').first().waitFor();
      expect(await page.locator('a[href="#/apiClients"]').count()).toBe(0);
      expect(await page.locator('a[href="#/users"]').count()).toBe(0);

      const adminPage = await admin.newPage();
      await logIn(adminPage, hub.url, 'mas-admin');
      await adminPage.goto(`${hub.url}/admin/#/users`);
      await adminPage.locator('td.column-username', { hasText: 'mas-viewer' }).waitFor();
      expect(await adminPage.locator('a[href="#/apiClients"]').count()).toBeGreaterThan(0);
      await screenshot(adminPage, 'access-07-users');
    } finally {
      await auditor.close();
      await admin.close();
    }
  });
});
