import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin } from '../factories/viewers.js';
import { createInsurer, uniq } from '../factories/records.js';
import { auditCount, ok } from './mutation-helpers.js';

/**
 * Knowledge batch files as spreadsheet programs and clerks really write them: line ends of
 * CR alone (Excel for Mac's "CSV"), a line break typed inside a cell (quoted over two lines),
 * a quote left open, a column named twice, an unknown field, and a batch of 100,000 entries.
 * Each is imported as it reads or refused whole, naming the line in zh and en, never a 500.
 */
let hub: TestHub;
let insurerId: string;
beforeAll(async () => {
  hub = await createTestHub();
  insurerId = (await createInsurer(hub.prisma)).id;
}, 120_000);
afterAll(() => hub?.close());

const IMPORT = `mutation ($input: ImportKnowledgeEntriesInput!) { importKnowledgeEntries(input: $input) {
  imported read created errors { line field message messageZh } } }`;
type Report = { imported: boolean; read: number; created: number; errors: { line: number; field: string | null; message: string; messageZh: string }[] };
const CJK = /[\u4e00-\u9fff]/;

async function send(format: 'CSV' | 'NDJSON', content: string): Promise<Report> {
  return ok(await hub.exec<{ importKnowledgeEntries: Report }>(IMPORT, { input: { format, content } }, insurerAdmin(insurerId))).importKnowledgeEntries;
}

/** Refused whole: nothing written, no audit event, every error in Chinese too. */
async function refusedWhole(format: 'CSV' | 'NDJSON', content: string): Promise<Report['errors']> {
  const events = await auditCount(hub);
  const entries = await hub.prisma.knowledgeEntry.count();
  const r = await send(format, content);
  expect(r.imported).toBe(false);
  expect(await auditCount(hub)).toBe(events);
  expect(await hub.prisma.knowledgeEntry.count()).toBe(entries);
  for (const e of r.errors) expect(e.messageZh, e.message).toMatch(CJK);
  return r.errors;
}

const names = (codes: string[]) =>
  hub.prisma.knowledgeEntry.findMany({ where: { insurerId, catalogueCode: { in: codes } }, orderBy: { catalogueCode: 'asc' }, select: { catalogueCode: true, nameZh: true } });

describe('knowledge batch files as spreadsheets write them', () => {
  it('reads a CSV whose lines end in CR alone (it was one garbled header line)', async () => {
    const [a, b] = [uniq('CR-A-'), uniq('CR-B-')];
    const r = await send('CSV', `kind,catalogueCode,nameZh\rNOT_COVERED,${a},自费甲\rNOT_COVERED,${b},自费乙\r`);
    expect(r).toMatchObject({ imported: true, created: 2, errors: [] });
    expect(await names([a, b])).toEqual([
      { catalogueCode: a, nameZh: '自费甲' },
      { catalogueCode: b, nameZh: '自费乙' },
    ]);
  });

  it('reads a quoted cell holding a line break as one cell, and names later rows by their file line', async () => {
    const [a, b] = [uniq('NL-A-'), uniq('NL-B-')];
    // One cell, not a short row: a name is one line, so the break typed in it is named (text-characters.ts).
    const wrapped = await refusedWhole('CSV', `kind,catalogueCode,nameZh\r\nNOT_COVERED,${a},"复方甘草\r\n口服溶液"\r\nNOT_COVERED,${b},甘草片\r\n`);
    expect(wrapped.map((e) => [e.line, e.field, e.messageZh])).toEqual([[2, 'nameZh', '须为单行，不能含制表符或换行（第 5 个字符为 U+000A）']]);
    expect(await names([a, b])).toEqual([]);
    // The row after a two-line cell is line 4 of the file.
    const errors = await refusedWhole('CSV', `kind,catalogueCode,nameZh,maxAgeYears\nNOT_COVERED,${uniq('NL-C-')},"甲\n乙",\n\nCHILD_ONLY,${uniq('NL-D-')},儿童,-3\n`);
    expect(errors.map((e) => [e.line, e.field])).toEqual([[2, 'nameZh'], [5, 'maxAgeYears']]);
  });

  it('keeps an English name where the batch gives one, a blank one as none (the library was Chinese only)', async () => {
    const [a, b] = [uniq('EN-A-'), uniq('EN-B-')];
    const r = await send('CSV', `kind,catalogueCode,nameZh,nameEn\nNOT_COVERED,${a},美容项目,Cosmetic procedures\nNOT_COVERED,${b},自费乙, \n`);
    expect(r).toMatchObject({ imported: true, created: 2, errors: [] });
    const rows = await hub.prisma.knowledgeEntry.findMany({ where: { insurerId, catalogueCode: { in: [a, b] } }, orderBy: { catalogueCode: 'asc' }, select: { nameEn: true, version: true } });
    expect(rows).toEqual([{ nameEn: 'Cosmetic procedures', version: 1 }, { nameEn: null, version: 1 }]);
    // An English name added later is a change: the entry's next version.
    const again = await send('CSV', `kind,catalogueCode,nameZh,nameEn\nNOT_COVERED,${b},自费乙,Self-paid B\n`);
    expect(again).toMatchObject({ imported: true, created: 0 });
    expect(await hub.prisma.knowledgeEntry.findFirstOrThrow({ where: { insurerId, catalogueCode: b }, select: { nameEn: true, version: true } })).toEqual({ nameEn: 'Self-paid B', version: 2 });
  });

  it('refuses a quote left open, naming the line it opens on (its cell was imported cut short)', async () => {
    const errors = await refusedWhole('CSV', `kind,catalogueCode,nameZh\nNOT_COVERED,${uniq('Q-A-')},甲\nNOT_COVERED,${uniq('Q-B-')},"自费乙\n`);
    expect(errors).toEqual([{ line: 3, field: null, message: 'a quoted cell is not closed', messageZh: '引号内的单元格没有结束引号' }]);
  });

  it('refuses a column named twice (the second silently won)', async () => {
    const errors = await refusedWhole('CSV', `kind,catalogueCode,nameZh,nameZh\nNOT_COVERED,${uniq('D-')},甲,乙\n`);
    expect(errors).toEqual([{ line: 1, field: null, message: 'column(s) named twice: nameZh', messageZh: '列名重复：nameZh' }]);
    const both = await refusedWhole('CSV', `kind,catalogueCode,colour,catalogueCode\nNOT_COVERED,x,red,y\n`);
    expect(both.map((e) => e.messageZh)).toEqual(['表头缺少列：nameZh；未知的列：colour；列名重复：catalogueCode']);
  });

  it('names an unknown NDJSON field in Chinese too (it was English in both)', async () => {
    const errors = await refusedWhole('NDJSON', JSON.stringify({ kind: 'NOT_COVERED', catalogueCode: uniq('U-'), nameZh: '甲', colour: 'red' }));
    expect(errors).toEqual([{ line: 1, field: 'colour', message: 'Unrecognized key: "colour"', messageZh: '未知的字段："colour"' }]);
  });

  it('refuses a batch of 100,000 entries at once, by its size (it ran minutes, then answered 500)', async () => {
    const content = Array.from({ length: 100_000 }, (_, i) => `{"kind":"NOT_COVERED","catalogueCode":"BIG-${i}","nameZh":"自费"}`).join('\n');
    const errors = await refusedWhole('NDJSON', content);
    expect(errors).toEqual([{ line: 20_001, field: null, message: 'a batch holds at most 20000 entries', messageZh: '一个批次最多 20000 条' }]);
  });
});

describe('knowledge batch files as Chinese Excel saves them', () => {
  it('reads a header with trailing empty columns, full-width names and Excel’s TRUE (each refused the file: "unknown column(s) " in English)', async () => {
    const [a, b] = [uniq('XL-A-'), uniq('XL-B-')];
    const r = await send('CSV', `ｋｉｎｄ ,catalogueCode, nameZh,active,,,\r\nNOT_COVERED,${a},自费甲,TRUE,,,\r\nNOT_COVERED,${b},自费乙,FALSE,,,\r\n`);
    expect(r).toMatchObject({ imported: true, created: 2, errors: [] });
    const rows = await hub.prisma.knowledgeEntry.findMany({ where: { insurerId, catalogueCode: { in: [a, b] } }, orderBy: { catalogueCode: 'asc' }, select: { active: true } });
    expect(rows).toEqual([{ active: true }, { active: false }]);
    // Text past the header is no trailing blank: the row is named as too wide.
    const wide = await refusedWhole('CSV', `kind,catalogueCode,nameZh,,\r\nNOT_COVERED,${uniq('XL-C-')},自费丙,,备注\r\n`);
    expect(wide).toEqual([{ line: 2, field: null, message: 'expected 3 cells, found 5', messageZh: '该行应有 3 列，实有 5 列' }]);
  });

  it('refuses a code Excel turned into scientific notation, saying so (1.23457E+17 was stored as the code)', async () => {
    const errors = await refusedWhole('CSV', `kind,catalogueCode,nameZh\r\nNOT_COVERED,1.23457E+17,自费甲\r\n`);
    expect(errors).toEqual([
      {
        line: 2,
        field: 'catalogueCode',
        message: 'a spreadsheet turned this into a number in scientific notation (digits are lost): format the column as text and type it again',
        messageZh: '电子表格已将其转为科学计数法数字（如 3.40524E+17），后几位已丢失：请将该列设为文本格式后重新填写',
      },
    ]);
  });

  it('says what an amount, a count and a kind must be, in Chinese too (it was "格式不正确" beside zod’s English)', async () => {
    const errors = await refusedWhole(
      'CSV',
      `kind,catalogueCode,nameZh,priceFen,maxAgeYears\r\nNOT_COVERED,${uniq('M-A-')},甲,"¥1,234.50",\r\nCHILD_ONLY,${uniq('M-B-')},乙,,99999999999999999999\r\nnot_covered,${uniq('M-C-')},丙,,\r\n`,
    );
    expect(errors.map((e) => [e.line, e.field, e.message, e.messageZh])).toEqual([
      [2, 'priceFen', 'must be a whole number of fen', '金额须为整数（单位：分）'],
      [3, 'maxAgeYears', 'a whole number from 0 to 150', '须为 0 至 150 的整数'],
      [4, 'kind', expect.stringContaining('NOT_COVERED'), expect.stringMatching(/^须为以下之一：.*NOT_COVERED/)],
    ]);
  });
});
