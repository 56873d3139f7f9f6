import { startE2eHub } from '../test/e2e/support/hub.js';
import { launchBrowser, logIn, screenshot } from '../test/e2e/support/browser.js';
const hub = await startE2eHub();
console.log('hub', hub.url);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
try {
  await logIn(page, hub.url, 'mas-admin');
  await page.goto(`${hub.url}/admin/#/agreements`);
  await page.waitForTimeout(3000);
  await screenshot(page, 'smoke-agreements');
} catch (e) { console.log('ERR', e); await screenshot(page, 'smoke-error'); }
await browser.close();
await hub.stop();
