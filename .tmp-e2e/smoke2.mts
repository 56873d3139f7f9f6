import { startE2eHub } from '../test/e2e/support/hub.js';
import { launchBrowser, logIn, screenshot } from '../test/e2e/support/browser.js';
const hub = await startE2eHub();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('console', (m) => m.type() !== 'log' && console.log('console', m.type(), m.text().slice(0, 300)));
page.on('response', async (r) => { if (r.url().includes('graphql')) { const b = await r.text().catch(() => ''); if (b.includes('errors')) console.log('GQL', r.status(), r.request().postData()?.slice(0, 200), b.slice(0, 400)); } });
try {
  await logIn(page, hub.url, 'mas-viewer');
  await page.goto(`${hub.url}/admin/#/agreements`);
  await page.locator('td.column-number').first().click();
  await page.waitForTimeout(2000);
  console.log('URL', page.url());
} catch (e) { console.log('ERR', e); }
await browser.close();
await hub.stop();
