import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signedInPage, useConsoleRig } from './support/console-rig.js';
import { screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { db } from '../../server/db/database.js';

/**
 * An insured person's settlement suspension may refuse every direct settlement or only the
 * chronic-disease (门诊规定病种) ones at designated pharmacies (S2). The proposal dialog offers
 * that choice only for this measure — the hub refuses a scope on any other — and the penalty
 * shows the scope chosen, so the clerk executing it knows which claims it will stop.
 */
describe('proposing an insured person’s settlement suspension with its scope (zh-CN)', () => {
  const rig = useConsoleRig();
  let page: Page;

  beforeAll(async () => {
    page = await signedInPage(rig, 'admin');
  });

  const zh = (key: string) => t('zh-CN', key);
  const scopeInput = () => page.locator('[role="dialog"] input[name="insuredSuspensionScope"]');

  /** Opens the select whose value input is `name` and picks `value` from its menu. */
  async function choose(name: string, value: string): Promise<void> {
    await page.locator(`[role="dialog"] .MuiInputBase-root:has(input[name="${name}"]) [role="combobox"]`).click();
    await page.locator(`li[data-value="${value}"]`).click();
  }
  const chooseMeasure = (measure: string) => choose('measure', measure);

  it('offers the scope only for that measure and shows the chosen one on the penalty', async () => {
    // The seeded impersonation tip-off (still open) names the insured person it concerns.
    const finding = await db().finding.findFirstOrThrow({
      where: { description: { contains: '冒名顶替' }, status: 'OPEN', insuredPersonId: { not: null } },
    });
    const id = Buffer.from(`Finding:${finding.id}`).toString('base64');
    await page.goto(`${rig.hub.url}/admin/#/findings/${encodeURIComponent(id)}/show`);
    await page.locator('button[data-action="hub.actions.propose"]').click();
    const d = page.locator('[role="dialog"]');
    await d.waitFor();
    // A deduction (the default measure) has no scope.
    await d.locator('textarea[name="legalBasis"]').first().waitFor();
    expect(await scopeInput().count()).toBe(0);

    await chooseMeasure('INSURED_SETTLEMENT_SUSPENSION');
    await scopeInput().waitFor({ state: 'attached', timeout: 20_000 });
    // Every direct settlement unless the clerk narrows it.
    expect(await scopeInput().inputValue()).toBe('ALL_DIRECT_SETTLEMENT');
    await choose('insuredSuspensionScope', 'CHRONIC_PHARMACY');
    expect(await scopeInput().inputValue()).toBe('CHRONIC_PHARMACY');
    // Back to another measure: the choice goes away again.
    await chooseMeasure('WARNING');
    await scopeInput().waitFor({ state: 'detached', timeout: 20_000 });
    await chooseMeasure('INSURED_SETTLEMENT_SUSPENSION');
    await choose('insuredSuspensionScope', 'CHRONIC_PHARMACY');

    // A suspension takes no multiple; the person comes from the finding.
    await d.locator('input[name="multiple"]').fill('');
    await d.locator('textarea[name="legalBasis"]').first().fill('马鞍山市门诊规定病种就医购药管理通知');
    await screenshot(page, 'scope-01-propose-dialog-zh', { fullPage: false });
    await d.locator('button[type="submit"]').click();
    await d.waitFor({ state: 'detached', timeout: 20_000 });
    await page.waitForURL(/#\/penalties\/[^/]+\/show/, { timeout: 20_000 });

    const field = page.locator('.ra-field-insuredSuspensionScope');
    await expect
      .poll(() => field.innerText(), { timeout: 20_000 })
      .toContain(zh('enums.InsuredSuspensionScope.CHRONIC_PHARMACY'));
    expect(await field.innerText()).toContain(zh('resources.penalties.fields.insuredSuspensionScope'));
    await screenshot(page, 'scope-02-penalty-zh');
    // What the hub stored, not only what the page shows.
    const penalty = await db().penalty.findFirstOrThrow({
      where: { findingId: finding.id, measure: 'INSURED_SETTLEMENT_SUSPENSION' },
    });
    expect(penalty.insuredSuspensionScope).toBe('CHRONIC_PHARMACY');
  });
});
