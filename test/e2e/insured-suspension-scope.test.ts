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

  /** Opens the finding's page and its proposal dialog. */
  async function openProposal(findingId: string) {
    const id = Buffer.from(`Finding:${findingId}`).toString('base64');
    await page.goto(`${rig.hub.url}/admin/#/findings/${encodeURIComponent(id)}/show`);
    await page.locator('button[data-action="hub.actions.propose"]').click();
    const d = page.locator('[role="dialog"]');
    await d.waitFor();
    return d;
  }

  /** States the legal basis, submits the open proposal dialog and waits for the new penalty. */
  async function propose(legalBasis: string, shot: string): Promise<void> {
    const d = page.locator('[role="dialog"]');
    await d.locator('textarea[name="legalBasis"]').first().fill(legalBasis);
    await screenshot(page, shot, { fullPage: false });
    await d.locator('button[type="submit"]').click();
    await d.waitFor({ state: 'detached', timeout: 20_000 });
    await page.waitForURL(/#\/penalties\/[^/]+\/show/, { timeout: 20_000 });
  }

  /** The penalty page shows `text` in the field, under the field's label. */
  async function expectField(source: string, text: string): Promise<void> {
    const field = page.locator(`.ra-field-${source}`);
    await expect.poll(() => field.innerText(), { timeout: 20_000 }).toContain(text);
    expect(await field.innerText()).toContain(zh(`resources.penalties.fields.${source}`));
  }

  it('offers the scope only for that measure and shows the chosen one on the penalty', async () => {
    // The seeded impersonation tip-off (still open) names the insured person it concerns.
    const finding = await db().finding.findFirstOrThrow({
      where: { description: { contains: '冒名顶替' }, status: 'OPEN', insuredPersonId: { not: null } },
    });
    const d = await openProposal(finding.id);
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
    await propose('马鞍山市门诊规定病种就医购药管理通知', 'scope-01-propose-dialog-zh');
    await expectField('insuredSuspensionScope', zh('enums.InsuredSuspensionScope.CHRONIC_PHARMACY'));
    await screenshot(page, 'scope-02-penalty-zh');
    // What the hub stored, not only what the page shows.
    const penalty = await db().penalty.findFirstOrThrow({
      where: { findingId: finding.id, measure: 'INSURED_SETTLEMENT_SUSPENSION' },
    });
    expect(penalty.insuredSuspensionScope).toBe('CHRONIC_PHARMACY');
  });

  it('picks the insured person when the finding names none, and shows them on the penalty', async () => {
    // The dialog had no way to name a person: such a finding could never suspend anyone.
    // A seeded person with a three-character name (杨某芳), found below by its last two.
    const person = (await db().insuredPerson.findMany({ where: { nameZh: { not: '模拟参保人' } }, orderBy: { id: 'asc' } }))
      .find((p) => [...p.nameZh].length === 3)!;
    const finding = await db().finding.findFirstOrThrow({
      where: { status: { in: ['OPEN', 'PENALISED'] }, insuredPersonId: null, agreement: { insurerId: person.insurerId } },
    });
    const d = await openProposal(finding.id);
    await d.locator('textarea[name="legalBasis"]').first().waitFor();
    await chooseMeasure('INSURED_SETTLEMENT_SUSPENSION');
    await d.locator('input[name="multiple"]').fill('');
    // Before a person is picked the preview says what is missing, in Chinese (it showed
    // "insuredPersonId: an insured-person settlement suspension names the insured person").
    const preview = d.locator('[data-testid="penalty-preview"]');
    await expect.poll(() => preview.innerText(), { timeout: 20_000 }).toContain('暂停参保人直接结算须选择参保人');
    expect(await preview.innerText()).not.toMatch(/insuredPersonId|[a-z]{4,} [a-z]{4,}/);

    // Found by part of the name, offered with the ID number the clerk compares.
    const picker = d.locator('.ra-input-insuredPersonId input');
    await picker.fill([...person.nameZh].slice(1).join(''));
    await page.getByRole('option', { name: new RegExp(person.idNumber) }).click();
    expect(await picker.inputValue()).toContain(person.nameZh);
    await expect.poll(() => preview.innerText(), { timeout: 20_000 }).toContain(zh('hub.actions.amountPreview'));
    await propose('《医疗保障基金使用监督管理条例》第四十一条', 'scope-03-pick-insured-person-zh');
    await expectField('insuredPerson', person.nameZh);
    await screenshot(page, 'scope-04-penalty-names-person-zh');
    const penalty = await db().penalty.findFirstOrThrow({
      where: { findingId: finding.id, measure: 'INSURED_SETTLEMENT_SUSPENSION' },
    });
    expect(penalty).toMatchObject({ insuredPersonId: person.id, target: 'INSURED_PERSON' });
  });
});
