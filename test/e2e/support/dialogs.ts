import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './browser.js';

/**
 * A show page's action dialogs driven as a clerk drives them, with the checks every refused
 * twin makes: the server's refusal sits on the field it concerns, in Chinese, the dialog open.
 */
export function dialogs(page: () => Page) {
  const dialog = () => page().locator('[role="dialog"]');

  async function openAction(label: string): Promise<Locator> {
    await page().locator(`button[data-action="${label}"]`).click();
    const d = dialog();
    await d.waitFor();
    return d;
  }

  /** Submits and expects the server's refusal on the named input, in Chinese, the dialog still open. */
  async function expectFieldError(d: Locator, input: string, shot: string): Promise<void> {
    await d.locator('button[type="submit"]').click();
    await d.locator('.MuiAlert-colorError').waitFor({ timeout: 20_000 });
    const helper = d.locator('.MuiFormHelperText-root.Mui-error');
    await helper.first().waitFor({ timeout: 20_000 });
    expect(await helper.first().innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await d.locator(`[name="${input}"]`).first().getAttribute('aria-invalid')).toBe('true');
    await screenshot(page(), shot, { fullPage: false });
  }

  async function submitAndClose(d: Locator): Promise<void> {
    await d.locator('button[type="submit"]').click();
    await d.waitFor({ state: 'detached', timeout: 20_000 });
  }

  /** Types into the dialog's first autocomplete and picks the option the search offers. */
  async function pickOption(d: Locator, typed: string, option: RegExp): Promise<void> {
    const input = d.locator('input[role="combobox"]').first();
    await input.fill('');
    await input.fill(typed);
    await page().getByRole('option', { name: option }).first().click();
  }

  const mainText = () => page().locator('main').innerText();

  return { dialog, openAction, expectFieldError, submitAndClose, pickOption, mainText };
}
