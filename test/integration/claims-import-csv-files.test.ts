import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin } from '../factories/viewers.js';
import { importClaims } from '../../server/domain/monitoring/import-claims.js';
import { readClaimFile } from '../../server/domain/monitoring/claim-file.js';
import { createMonitoringWorld, type ClaimIn, type MonitoringWorld } from './rules/world.js';

/**
 * Claims CSV files as spreadsheets write them: a column named twice, a line break typed inside
 * a cell (quoted over two lines), a quote left open. Each is imported as it reads or refused
 * naming the file line, in zh and en, with nothing of its batch written.
 */
let hub: TestHub;
let w: MonitoringWorld;
beforeAll(async () => {
  hub = await createTestHub();
  w = await createMonitoringWorld(hub.prisma);
});
afterAll(() => hub?.close());

const ctx = () => ({ actor: insurerAdmin(w.insurer.id), requestId: null });
const HEADER =
  'settlementId,providerCode,agreementNumber,physicianCode,insuredIdNumber,insuranceType,visitType,settlementCategory,admittedOn,dischargedOn,settledAt,diagnoses,totalFen,fundFen,accountFen,selfFen,catalogueCode,name,category,quantity,unitPriceFen,amountFen,daysSupply,prescriptionNo,prescribedOn,servedOn';
const CJK = /[\u4e00-\u9fff]/;

function row(c: ClaimIn, over: { name?: string; quantity?: string } = {}): string {
  const l = c.lines[0]!;
  return [c.settlementId, c.providerCode, '', '', c.insuredIdNumber, c.insuranceType, c.visitType, c.settlementCategory, '', '', c.settledAt, c.diagnoses.join(';'), c.totalFen, c.fundFen, c.accountFen, c.selfFen, l.catalogueCode, over.name ?? l.name, l.category, over.quantity ?? l.quantity, l.unitPriceFen, l.amountFen, '', '', '', l.servedOn].join(',');
}

async function importCsv(text: string) {
  const report = await importClaims(ctx(), w.insurer.id, readClaimFile(Readable.from([text]), 'csv'));
  for (const e of report.errors) expect(e.messageZh, e.message).toMatch(CJK);
  return report;
}

const stored = (c: ClaimIn) => hub.prisma.claimLine.findMany({ where: { settlementId: c.settlementId }, select: { name: true } });

describe('claims CSV files as spreadsheets write them', () => {
  it('refuses a column named twice (the last one was imported silently)', async () => {
    const p = await w.person();
    const c = w.claim({ insuredIdNumber: p.idNumber });
    const report = await importCsv(`${HEADER},name\n${row(c)},另一个名称\n`);
    expect(report).toMatchObject({ inserted: 0, batchesRefused: 1 });
    expect(report.errors).toEqual([{ line: 1, field: null, code: 'UNREADABLE', message: 'column(s) named twice: name', messageZh: '列名重复：name' }]);
    expect(await stored(c)).toEqual([]);
  });

  it('reads a cell holding a line break as one cell, and names later rows by their file line (both rows were refused as short)', async () => {
    const p = await w.person();
    const [a, b] = [w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber })];
    // One cell (not a short row): a drug name is one line, so the break typed in it is named (text-characters.ts).
    const wrapped = await importCsv(`${HEADER}\r\n${row(a, { name: '"阿莫西林\r\n胶囊"' })}\r\n`);
    expect(wrapped).toMatchObject({ claimsRead: 1, inserted: 0 });
    expect(wrapped.errors.map((e) => [e.line, e.field, e.messageZh])).toEqual([[2, 'lines.0.name', '须为单行，不能含制表符或换行（第 5 个字符为 U+000A）']]);
    expect(await stored(a)).toEqual([]);

    const bad = await importCsv(`${HEADER}\n${row(b, { name: '"布洛芬\n缓释胶囊"' })}\n\n${row(w.claim({ insuredIdNumber: p.idNumber }), { quantity: '-1' })}\n`);
    expect(bad.errors.map((e) => [e.line, e.field])).toEqual([[2, 'lines.0.name'], [5, 'lines.0.quantity']]);
    expect(await stored(b)).toEqual([]);
  });

  it('refuses a quote left open, naming the line it opens on', async () => {
    const p = await w.person();
    const c = w.claim({ insuredIdNumber: p.idNumber });
    const report = await importCsv(`${HEADER}\n${row(w.claim({ insuredIdNumber: p.idNumber }))}\n${row(c, { name: '"阿莫西林' })}\n`);
    expect(report.errors).toEqual([{ line: 3, field: null, code: 'UNREADABLE', message: 'a quoted cell is not closed', messageZh: '引号内的单元格没有结束引号' }]);
    expect(report).toMatchObject({ inserted: 0, batchesRefused: 1 });
  });

  it('reads a file Excel saved with trailing empty columns and rows (two columns refused it: "column(s) named twice: "; a row of commas was a claim of nulls)', async () => {
    const p = await w.person();
    const c = w.claim({ insuredIdNumber: p.idNumber });
    // Rows of empty cells below the table too (Excel writes them for rows once touched).
    const blankRow = ','.repeat(HEADER.split(',').length + 1);
    const report = await importCsv(`${HEADER},,\r\n${row(c)},,\r\n${blankRow}\r\n${blankRow}\r\n`);
    expect(report).toMatchObject({ claimsRead: 1, inserted: 1, errors: [] });
    expect(await stored(c)).toHaveLength(1);
  });

  it('names an ID number Excel turned into scientific notation as such (it said no such insured person)', async () => {
    const c = { ...w.claim({ insuredIdNumber: (await w.person()).idNumber }), insuredIdNumber: '3.40524E+17' };
    const report = await importCsv(`${HEADER}\n${row(c)}\n`);
    expect(report.errors.map((e) => [e.line, e.field, e.messageZh])).toEqual([
      [2, 'insuredIdNumber', '电子表格已将其转为科学计数法数字（如 3.40524E+17），后几位已丢失：请将该列设为文本格式后重新填写'],
    ]);
    expect(await stored(c)).toEqual([]);
  });

  it('reads dates as Chinese Excel saves a date cell, 2026/3/5 or 2026年3月5日 (refused as not YYYY-MM-DD), and still refuses a day that does not exist', async () => {
    const p = await w.person();
    const [a, b] = [w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber })];
    const [y, m, d] = a.lines[0]!.servedOn.split('-').map(Number);
    // servedOn is the file's last column.
    const slashed = row(a).replace(/[^,]*$/, `${y}/${m}/${d}`);
    const long = row(b).replace(/[^,]*$/, `${y}年${m}月${d}日`);
    expect(await importCsv(`${HEADER}\r\n${slashed}\r\n${long}\r\n`)).toMatchObject({ inserted: 2, errors: [] });
    const served = await hub.prisma.claimLine.findMany({ where: { settlementId: { in: [a.settlementId, b.settlementId] } }, select: { servedOn: true } });
    expect(served.map((l) => l.servedOn.toISOString().slice(0, 10))).toEqual([a.lines[0]!.servedOn, a.lines[0]!.servedOn]);

    const c = w.claim({ insuredIdNumber: p.idNumber });
    const report = await importCsv(`${HEADER}\n${row(c).replace(/[^,]*$/, '2026/2/30')}\n`);
    expect(report.errors.map((e) => [e.field, e.messageZh])).toEqual([['lines.0.servedOn', '日期须在 2000 年至 2099 年之间且真实存在']]);
  });

  it('reads Excel date serials (46091 = 2026-03-10) and a settlement time as Excel writes it (2026/3/10 10:00), on the agency clock (both were refused)', async () => {
    const p = await w.person();
    // The world's claims are settled at 2026-03-10T02:00:00Z, 10:00 in Beijing, and served on 2026-03-10.
    const [a, b, c] = [w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber })];
    expect([a.settledAt, a.lines[0]!.servedOn]).toEqual(['2026-03-10T02:00:00Z', '2026-03-10']);
    const slashed = row(a).replace(a.settledAt, '2026/3/10 10:00').replace(/[^,]*$/, '46091');
    const dashed = row(b).replace(b.settledAt, '2026-03-10 10:00:00');
    // A date-time cell in General format: the day's serial and the fraction of the day (10:00 = 5/12).
    const serial = row(c).replace(c.settledAt, String(46091 + 5 / 12));
    expect(await importCsv(`${HEADER}\r\n${slashed}\r\n${dashed}\r\n${serial}\r\n`)).toMatchObject({ inserted: 3, errors: [] });
    const claims = await hub.prisma.claim.findMany({ where: { settlementId: { in: [a.settlementId, b.settlementId, c.settlementId] } }, select: { settledAt: true } });
    expect(claims.map((x) => x.settledAt.toISOString())).toEqual(Array(3).fill('2026-03-10T02:00:00.000Z'));
    const served = await hub.prisma.claimLine.findFirstOrThrow({ where: { settlementId: a.settlementId }, select: { servedOn: true } });
    expect(served.servedOn.toISOString().slice(0, 10)).toBe('2026-03-10');
  });

  it('names what to change when a date or time cell is no date: a serial outside 2000–2099, a day that does not exist, a time without its date', async () => {
    const p = await w.person();
    const [a, b, c] = [w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber })];
    const report = await importCsv(
      `${HEADER}\n${row(a).replace(/[^,]*$/, '123')}\n${row(b).replace(b.settledAt, '2026/2/30 10:00')}\n${row(c).replace(c.settledAt, '10:00')}\n`,
    );
    expect(report.errors.map((e) => [e.line, e.field, e.message, e.messageZh])).toEqual([
      [2, 'lines.0.servedOn', 'must be a date YYYY-MM-DD', '请填写日期，格式为 YYYY-MM-DD'],
      [3, 'settledAt', 'must be an ISO 8601 time with its UTC offset, e.g. 2026-03-05T14:30:00+08:00', '须为带时区的 ISO 8601 时间，如 2026-03-05T14:30:00+08:00'],
      [4, 'settledAt', 'must be an ISO 8601 time with its UTC offset, e.g. 2026-03-05T14:30:00+08:00', '须为带时区的 ISO 8601 时间，如 2026-03-05T14:30:00+08:00'],
    ]);
    expect(report.inserted).toBe(0);
  });

  it('reads days of supply typed with full-width digits (１４), and names the range of one that is no whole number of days (it said 格式不正确)', async () => {
    const p = await w.person();
    const [a, b, c] = [w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber })];
    // daysSupply is the fourth column from the end.
    const supply = (x: ClaimIn, days: string) => row(x).replace(/,[^,]*,([^,]*,[^,]*,[^,]*)$/, `,${days},$1`);
    expect(await importCsv(`${HEADER}\n${supply(a, '１４')}\n`)).toMatchObject({ inserted: 1, errors: [] });
    expect(await hub.prisma.claimLine.findFirstOrThrow({ where: { settlementId: a.settlementId }, select: { daysSupply: true } })).toEqual({ daysSupply: 14 });
    const report = await importCsv(`${HEADER}\n${supply(b, 'abc')}\n${supply(c, '1.5')}\n`);
    expect(report.errors.map((e) => [e.line, e.field, e.message, e.messageZh])).toEqual([
      [2, 'lines.0.daysSupply', 'must be a whole number of days from 1 to 366', '用药天数须为 1 至 366 的整数'],
      [3, 'lines.0.daysSupply', 'must be a whole number of days from 1 to 366', '用药天数须为 1 至 366 的整数'],
    ]);
  });

  it('says a settlement time lacks its offset (it said only "must be an ISO 8601 time")', async () => {
    const c = w.claim({ insuredIdNumber: (await w.person()).idNumber });
    const report = await importCsv(`${HEADER}\n${row(c).replace(c.settledAt, c.settledAt.slice(0, 19))}\n`);
    expect(report.errors.map((e) => [e.field, e.message, e.messageZh])).toEqual([
      ['settledAt', 'must be an ISO 8601 time with its UTC offset, e.g. 2026-03-05T14:30:00+08:00', '须为带时区的 ISO 8601 时间，如 2026-03-05T14:30:00+08:00'],
    ]);
    expect(await stored(c)).toEqual([]);
  });

  it('calls an empty required cell required in Chinese (it was 格式不正确)', async () => {
    const c = w.claim({ insuredIdNumber: (await w.person()).idNumber });
    const report = await importCsv(`${HEADER}\n${row(c).replace(`,${c.providerCode},`, ',,')}\n`);
    expect(report.errors.map((e) => [e.line, e.field, e.messageZh])).toEqual([[2, 'providerCode', '必填']]);
  });
});
