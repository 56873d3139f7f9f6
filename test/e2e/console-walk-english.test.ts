import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useConsoleRig } from './support/console-rig.js';
import { recordProblems } from './support/problems.js';
import { logIn, screenshot } from './support/browser.js';
import { screenCapabilities } from '../../admin/src/resources/screen-capabilities.js';

/**
 * Every menu entry walked in English as an insurer's auditor and as its read-only viewer, with
 * the first record of each list opened: no page error or failed request, no message key shown
 * instead of its text, no Chinese in the console's own labels, and no button for something the
 * hub refuses that role (the capabilities come from the hub's `viewer`, not from the console).
 */
describe('the English console walked as auditor and viewer', () => {
  const rig = useConsoleRig();

  /** A message key left untranslated: `resources.findings.fields.x`, `hub.actions.y`, `ra.action.z`. */
  const KEY = /\b(?:resources|hub|ra|console|enums|eventTypes|monitoringReport)\.[A-Za-z_]+\.[A-Za-z_.]+/;
  const CJK = /[\u3400-\u9fff]/;

  /** What the page shows as the console's own words (labels, headers, buttons), not its data. */
  const chrome = async (page: Page) => {
    const main = page.locator('#main-content');
    const texts = await main
      .locator('th, label, button, legend, [role="tab"], h1, h2, h3, h4, h5, h6, .MuiAlert-message')
      .allInnerTexts();
    const named = await main.locator('[aria-label], [placeholder]').evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('placeholder') ?? ''}`.trim()),
    );
    return [...texts, ...named];
  };

  async function walk(username: string) {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 }, locale: 'en-GB' });
    const page = await context.newPage();
    const problems = recordProblems(page);
    await logIn(page, rig.hub.url, username);
    await page.goto(`${rig.hub.url}/admin/?locale=en#/`);
    const capabilities: string[] = await page.evaluate(async () => {
      const csrf = decodeURIComponent(/(?:^|;\s*)hub_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '');
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ query: '{ viewer { capabilities } }' }),
      });
      return (await r.json()).data.viewer.capabilities;
    });
    const entries = await page.locator('[role="menuitem"][href^="#/"]').evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')!),
    );
    expect(entries.length).toBeGreaterThan(10);
    const menu = await page.locator('[role="menuitem"]').allInnerTexts();
    expect(menu.filter((m) => CJK.test(m) || KEY.test(m))).toEqual([]);

    const findings: string[] = [];
    const inspect = async (where: string) => {
      await page.locator('#main-content').waitFor();
      await page.waitForLoadState('networkidle');
      await page.locator('.MuiLinearProgress-root, [role="progressbar"]').first().waitFor({ state: 'hidden' });
      const text = await page.locator('#main-content').innerText();
      const key = KEY.exec(text);
      if (key) findings.push(`${where}: key ${key[0]}`);
      for (const label of await chrome(page))
        if (CJK.test(label) || KEY.test(label)) findings.push(`${where}: label "${label}"`);
      // Every guarded button names its capability (ActionButton, GuardedEditButton, the list tools).
      for (const capability of await page.locator('[data-capability]').evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-capability')!),
      ))
        if (!capabilities.includes(capability)) findings.push(`${where}: button needing ${capability}`);
      for (const href of await page.locator('#main-content a[href$="/create"]').evaluateAll((els) =>
        els.map((e) => e.getAttribute('href')!),
      )) {
        const needs = screenCapabilities[href.split('/')[1]!]?.create;
        if (!needs || !capabilities.includes(needs)) findings.push(`${where}: create link ${href}`);
      }
    };

    for (const entry of entries) {
      await page.goto(`${rig.hub.url}/admin/?locale=en${entry}`);
      await inspect(entry);
      const row = page.locator('tbody tr.RaDatagrid-clickableRow').first();
      if (await row.count()) {
        await row.locator('td').last().click();
        await page.waitForURL((u) => u.hash !== entry);
        await inspect(`${entry} → ${new URL(page.url()).hash}`);
      }
    }
    await screenshot(page, `walk-en-${username}`);
    await context.close();
    return { problems, findings };
  }

  for (const username of ['mas-auditor', 'mas-viewer']) {
    it(`walks every menu entry as ${username} without errors, keys or refused buttons`, { timeout: 480_000 }, async () => {
      const { problems, findings } = await walk(username);
      expect(problems).toEqual([]);
      expect(findings).toEqual([]);
    });
  }
});
