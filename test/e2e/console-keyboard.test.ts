import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useConsoleRig, signedInPage } from './support/console-rig.js';
import { screenshot } from './support/browser.js';
import { t } from './support/i18n.js';

/**
 * The console with the keyboard only: Tab reaches each control a user needs and Enter or Space
 * operates it. The file pickers of the claims import and the knowledge import were MUI's
 * `component="label"` buttons: drawn as buttons, but labels, which Tab skips, so a keyboard
 * user could not choose a file at all.
 */
describe('the console with the keyboard', () => {
  const rig = useConsoleRig();

  /** Presses Tab until the focused element is a button reading `name`; fails if Tab never gets there. */
  async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName ?? '', text: el?.innerText?.trim() ?? '' };
      });
      if (focused.tag === 'BUTTON' && focused.text === name) return;
    }
    throw new Error(`Tab never reached a button "${name}"`);
  }

  /**
   * Turns on the browser's file-chooser interception well before any key is pressed. Playwright
   * turns it on lazily when the first 'filechooser' listener appears, in a message of its own; a
   * key pressed right after can open the chooser before interception is on, and then no event
   * ever comes (CI run on 5b7008d). A listener kept from page creation removes that race.
   */
  function interceptFileChoosers(page: Page): void {
    page.on('filechooser', () => undefined);
  }

  /** Presses `key` on the focused button and returns the file chooser it opened. */
  async function openChooser(page: Page, key: 'Enter' | 'Space') {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.keyboard.press(key)]);
    return chooser;
  }

  it('chooses a claims file from the keyboard', async () => {
    const page = await signedInPage(rig, 'mas-auditor');
    interceptFileChoosers(page);
    await page.goto(`${rig.hub.url}/admin/#/claims/create`);
    const noFile = t('zh-CN', 'hub.claimsImport.noFile');
    await page.getByText(noFile).waitFor({ timeout: 20_000 });
    await tabTo(page, t('zh-CN', 'hub.claimsImport.chooseFile'));
    const chooser = await openChooser(page, 'Enter');
    await chooser.setFiles({ name: '结算清单.csv', mimeType: 'text/csv', buffer: Buffer.from('claimRef\n') });
    await expect.poll(() => page.locator('[data-testid="claims-import-file"]').innerText()).toContain('结算清单.csv');
    // The upload button is the next stop and is enabled now that a file is chosen.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim())).toBe(
      t('zh-CN', 'hub.claimsImport.upload'),
    );
    await screenshot(page, 'keyboard-claims-file');
    await page.context().close();
  });

  it('opens the knowledge import dialog and chooses its file from the keyboard', async () => {
    const page = await signedInPage(rig, 'mas-admin');
    interceptFileChoosers(page);
    await page.goto(`${rig.hub.url}/admin/#/knowledgeEntries`);
    await page.locator('td.column-catalogueCode').first().waitFor({ timeout: 20_000 });
    await tabTo(page, t('zh-CN', 'hub.monitoring.importBatch'));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(t('zh-CN', 'hub.monitoring.importTitle')).waitFor({ timeout: 20_000 });
    await tabTo(page, t('zh-CN', 'hub.monitoring.importFile'), 10);
    const chooser = await openChooser(page, 'Space');
    await chooser.setFiles({ name: 'batch.csv', mimeType: 'text/csv', buffer: Buffer.from('kind\n') });
    await expect.poll(() => dialog.locator('[data-testid="knowledge-file-name"]').innerText()).toBe('batch.csv');
    await screenshot(page, 'keyboard-knowledge-file', { fullPage: false });
    await page.context().close();
  });

  it('opens a record from a list with Tab and Enter', async () => {
    // The rows open their record on a click only: Tab skipped them, so no list led anywhere.
    const page = await signedInPage(rig, 'mas-admin');
    await page.goto(`${rig.hub.url}/admin/#/agreements`);
    await page.locator('td.column-number').first().waitFor({ timeout: 20_000 });
    let reached = '';
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.tagName === 'TR' ? (el.querySelector('td.column-number') as HTMLElement | null)?.innerText ?? '' : '';
      });
    }
    expect(reached).not.toBe('');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/agreements\/[^/]+\/show/, { timeout: 20_000 });
    await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain(reached);
    // Only rows that open something are tab stops (a record's read-only tables are not).
    expect(await page.locator('main tr[tabindex]').count()).toBeGreaterThan(0);
    expect(await page.locator('main tr[tabindex]:not(.RaDatagrid-clickableRow)').count()).toBe(0);
    await page.context().close();
  });
});
