import { describe, expect, it } from 'vitest';
import { useConsoleRig } from './support/console-rig.js';
import { logIn, screenshot } from './support/browser.js';
import { t } from './support/i18n.js';
import { expectListFollowsLanguage } from './support/list-language.js';
import { db } from '../../server/db/database.js';

const CODE = 'XG03XXA000E2E0001';

/** A national batch as CSV: line 3 names a sex that does not exist. */
const badBatch = `kind,catalogueCode,nameZh,sex,maxAgeYears,batch
SEX_RESTRICTION,${CODE},己烯雌酚片（测试）,FEMALE,,国家第一批
CHILD_ONLY,XG03XXA000E2E0002,小儿退热栓（测试）,UNKNOWN,14,国家第一批
`;
const goodBatch = badBatch.replace(',UNKNOWN,14,', ',,14,');

/**
 * The two libraries in the console, in Chinese: a platform admin imports a national knowledge
 * batch from a file (first refused with its line error, then imported whole), then tunes a
 * rule's threshold and sees the new version in the rule's history.
 */
describe('knowledge batch import and rule tuning in the console', () => {
  const rig = useConsoleRig();

  it('lists the knowledge entries under their English names on an English screen', async () => {
    // The library listed every entry under its Chinese name on an English screen, though the
    // batch gave English ones (national batches without one still show the Chinese).
    await expectListFollowsLanguage(
      rig.browser,
      rig.hub.url,
      { resource: 'knowledgeEntries', header: 'resources.knowledgeEntries.fields.nameZh', codeColumn: 'catalogueCode' },
      async (code) => {
        const entry = await db().knowledgeEntry.findFirstOrThrow({ where: { catalogueCode: code, nameEn: { not: null } } });
        return { en: entry.nameEn!, zh: entry.nameZh };
      },
    );
  });

  it('imports a national batch from a file and tunes a rule', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1440, height: 960 }, timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    try {
      await logIn(page, rig.hub.url, 'admin');
      await page.goto(`${rig.hub.url}/admin/#/knowledgeEntries`);
      await page.getByRole('button', { name: t('zh-CN', 'hub.monitoring.importBatch') }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(t('zh-CN', 'hub.monitoring.importTitle')).waitFor({ timeout: 20_000 });

      const upload = (content: string) =>
        page.locator('input[name="knowledgeFile"]').setInputFiles({ name: 'national-batch-1.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
      const run = dialog.getByRole('button', { name: t('zh-CN', 'hub.monitoring.importRun'), exact: true });

      // A batch with one bad line is refused whole, naming the line and the field.
      await upload(badBatch);
      await run.click();
      const errors = page.locator('[data-testid="knowledge-import-errors"] tbody tr');
      await errors.first().waitFor({ timeout: 20_000 });
      expect(await errors.count()).toBe(1);
      const cells = await errors.first().locator('td').allInnerTexts();
      expect(cells.slice(0, 2)).toEqual(['3', 'sex']);
      expect(cells[2]).toMatch(/[\u4e00-\u9fff]/);
      await screenshot(page, 'libraries-01-import-refused');
      expect(await db().knowledgeEntry.count({ where: { catalogueCode: CODE } })).toBe(0);

      // Corrected, it is imported whole into the national library.
      await upload(goodBatch);
      await run.click();
      const result = page.locator('[data-testid="knowledge-import-result"]');
      await expect.poll(() => result.innerText(), { timeout: 20_000 }).toContain('新增 2 条');
      await screenshot(page, 'libraries-02-import-done');
      const entry = await db().knowledgeEntry.findFirstOrThrow({ where: { catalogueCode: CODE } });
      expect(entry).toMatchObject({ insurerId: null, sex: 'FEMALE', version: 1 });
      await dialog.getByRole('button', { name: t('zh-CN', 'hub.actions.cancel') }).click();
      await page.locator('input[name="q"]').fill(CODE);
      const row = page.locator('tbody tr', { hasText: CODE });
      await row.waitFor({ timeout: 20_000 });
      expect(await row.innerText()).toContain(t('zh-CN', 'enums.Sex.FEMALE'));
      // The list writes its search into the address after a pause; leaving before that would be undone.
      await page.waitForURL((url) => decodeURIComponent(url.hash).includes(CODE), { timeout: 20_000 });

      // Tune the split-admission rule of an insurer: readmission within 20 days instead of 15.
      const rule = await db().auditRule.findFirstOrThrow({ where: { ruleKey: 'SPLIT_ADMISSION' }, orderBy: { code: 'asc' } });
      // Through the menu: the library's list keeps its search in the address, a goto races it.
      await page.locator('a[href="#/auditRules"]').click();
      await page.waitForURL((url) => url.hash.startsWith('#/auditRules'), { timeout: 20_000 });
      await page.locator('main').getByText(t('zh-CN', 'resources.auditRules.fields.code')).first().waitFor({ timeout: 20_000 });
      await page.locator('tbody tr').first().waitFor({ timeout: 20_000 });
      await page.locator('input[name="q"]').fill(rule.code);
      const ruleRow = page.locator('tbody tr', { hasText: rule.code });
      await ruleRow.waitFor({ timeout: 20_000 });
      await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
      await ruleRow.click();
      await page.waitForURL((url) => /#\/auditRules\/[^/]+\/show/.test(url.hash), { timeout: 20_000 });
      await page.getByRole('button', { name: t('zh-CN', 'hub.monitoring.tune') }).click();
      const form = page.getByRole('dialog');
      const days = form.locator('input[name="parameters.days"]');
      await days.waitFor({ timeout: 20_000 });
      expect(await days.inputValue()).toBe('15');
      // Out of range first: the server refuses it on the field.
      await days.fill('400');
      await form.locator('textarea[name="note"]').first().fill('本统筹区再入院间隔按 20 天监测');
      await form.locator('button[type="submit"]').click();
      await form.getByRole('alert').waitFor({ timeout: 20_000 });
      expect(await db().auditRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({ version: rule.version });
      await days.fill('20');
      await form.locator('button[type="submit"]').click();
      await form.waitFor({ state: 'detached', timeout: 20_000 });
      const versions = page.locator('[data-testid="rule-versions"] tbody tr');
      await expect.poll(() => versions.count(), { timeout: 20_000 }).toBe(2);
      expect(await versions.first().innerText()).toContain('本统筹区再入院间隔按 20 天监测');
      expect(await versions.first().innerText()).toContain('"days":20');
      await screenshot(page, 'libraries-03-rule-tuned');
      const tuned = await db().auditRule.findUniqueOrThrow({ where: { id: rule.id } });
      expect(tuned).toMatchObject({ version: rule.version + 1, parameters: { days: 20 } });
      expect(await db().auditEvent.count({ where: { type: 'auditRule.tuned', entityId: rule.id } })).toBe(1);
    } catch (error) {
      await screenshot(page, 'libraries-failure');
      throw error;
    } finally {
      await context.close();
    }
  }, 240_000);
});
