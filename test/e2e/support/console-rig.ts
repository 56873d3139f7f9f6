import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startE2eHub, type E2eHub } from './hub.js';
import { launchBrowser, logIn } from './browser.js';

/** What a console test drives: the hub with its demo data, and Chromium. */
export interface ConsoleRig {
  hub: E2eHub;
  browser: Browser;
}

/**
 * Starts the hub and the browser together before a file's tests and closes both after them.
 * The fields are set once `beforeAll` has run; `env` adds hub settings (see startE2eHub).
 */
export function useConsoleRig(env: Record<string, string> = {}): ConsoleRig {
  const rig = {} as ConsoleRig;
  beforeAll(async () => {
    [rig.hub, rig.browser] = await Promise.all([startE2eHub(env), launchBrowser()]);
  });
  afterAll(async () => {
    await rig.browser?.close();
    await rig.hub?.stop();
  });
  return rig;
}

/** A page in a fresh desktop-sized browser context, signed in to the console as `username`. */
export async function signedInPage(rig: ConsoleRig, username: string, locale = 'zh-CN'): Promise<Page> {
  const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 }, locale });
  const page = await context.newPage();
  await logIn(page, rig.hub.url, username);
  return page;
}
