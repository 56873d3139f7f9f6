import { z } from 'zod';
import { ClaimLineCategory, InsuranceType, SettlementCategory, VisitType } from '../../db/generated/prisma/enums.js';
import { localDay } from '../shared/local-date.js';
import { line, code } from '../shared/schemas.js';

/**
 * One settled claim as a settlement system sends it (the national settlement list's fields),
 * naming parties by their codes: the same shape for file imports, checkClaim and settleClaim.
 */
const day = z
  .string()
  // abort: a cell that is no date at all is named once, not also as "not a real date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD', abort: true })
  .refine((s) => isRealDay(s), 'must be a real date between 2000 and 2099');
/** A time without its offset (Excel's 2026/3/5 14:30, or ISO without Z) could be UTC or Beijing: it is refused, saying so. */
const SETTLED_AT_FORM = 'must be an ISO 8601 time with its UTC offset, e.g. 2026-03-05T14:30:00+08:00';
const DAYS_SUPPLY = 'must be a whole number of days from 1 to 366';
const fenAmount = z
  .union([z.string().regex(/^\d{1,15}$/, 'must be a whole number of fen'), z.number().int().nonnegative().max(1e15), z.bigint()])
  .transform((v) => BigInt(v))
  .refine((v) => v >= 0n, 'must not be negative');
const icd10 = z.string().regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10 code such as J45.9');
const quantity = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .refine((s) => /^\d{1,9}(\.\d{1,3})?$/.test(s) && Number(s) > 0, 'must be a positive quantity with at most 3 decimals');

export const claimLineInput = z.object({
  catalogueCode: code(64),
  name: line(200),
  category: z.enum(ClaimLineCategory),
  quantity,
  unitPriceFen: fenAmount,
  amountFen: fenAmount,
  // One message for every way a cell is no number of days ('abc' read as NaN, 1.5, 0): zod's were 格式不正确 in Chinese.
  daysSupply: z.number({ error: DAYS_SUPPLY }).int(DAYS_SUPPLY).min(1, DAYS_SUPPLY).max(366, DAYS_SUPPLY).nullish(),
  prescriptionNo: code(64).nullish(),
  prescribedOn: day.nullish(),
  servedOn: day,
});

export const claimInput = z
  .object({
    settlementId: code(64),
    insurerCode: code(64).nullish(),
    providerCode: code(64),
    agreementNumber: code(64).nullish(),
    physicianCode: code(64).nullish(),
    insuredIdNumber: code(32),
    insuranceType: z.enum(InsuranceType),
    visitType: z.enum(VisitType),
    settlementCategory: z.enum(SettlementCategory),
    admittedOn: day.nullish(),
    dischargedOn: day.nullish(),
    /** 中途结算 (the national settlement interface's mid_setl_flag); a CSV cell says true/false or 1/0. */
    interimSettlement: z
      .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
      .nullish()
      .transform((v) => v === true || v === 'true' || v === '1'),
    settledAt: z.iso.datetime({ offset: true, message: SETTLED_AT_FORM, abort: true }).refine((s) => isRealDay(s.slice(0, 10)), 'must be between 2000 and 2099'),
    diagnoses: z.array(icd10).max(20, 'at most 20 diagnoses'),
    totalFen: fenAmount,
    fundFen: fenAmount,
    accountFen: fenAmount,
    selfFen: fenAmount,
    lines: z.array(claimLineInput).min(1, 'a claim has at least one line').max(500, 'at most 500 lines'),
  })
  .superRefine((c, ctx) => {
    // One refusal of the total at a time: the payers first, then (linesTotalIssue) the lines.
    if (c.fundFen + c.accountFen + c.selfFen !== c.totalFen)
      ctx.addIssue({ code: 'custom', path: ['totalFen'], message: 'must equal fundFen + accountFen + selfFen' });
    else linesTotalIssue(c, ctx);
    if (c.visitType === 'INPATIENT' && (!c.admittedOn || !c.dischargedOn))
      ctx.addIssue({ code: 'custom', path: ['admittedOn'], message: 'an inpatient claim has admission and discharge dates' });
    if (c.admittedOn && c.dischargedOn && c.dischargedOn < c.admittedOn)
      ctx.addIssue({ code: 'custom', path: ['dischargedOn'], message: 'must not be before admittedOn' });
    // Only a stay goes on past a settlement: an interim outpatient claim would shield nothing but
    // say something untrue of the record.
    if (c.interimSettlement && c.visitType !== 'INPATIENT')
      ctx.addIssue({ code: 'custom', path: ['interimSettlement'], message: 'only an inpatient claim is settled in parts' });
    settlementTimeIssues(c, ctx);
    servedDayIssues(c, ctx);
    lineAmountIssues(c.lines, ctx);
  });

/**
 * The claim's total (医疗费总额) is what its lines (费用明细) add up to. The fund pays on the total
 * while every rule judges the lines: a total above them is money no line accounts for, which no
 * rule can see (虚计多记, S0), and a total below them leaves lines unpaid for. Refused naming the
 * lines' sum.
 */
function linesTotalIssue(c: { totalFen: bigint; lines: { amountFen: bigint }[] }, ctx: z.RefinementCtx): void {
  if (typeof c.totalFen !== 'bigint' || !c.lines.every((l) => typeof l.amountFen === 'bigint')) return;
  const sum = c.lines.reduce((s, l) => s + l.amountFen, 0n);
  if (sum !== c.totalFen) ctx.addIssue({ code: 'custom', path: ['totalFen'], message: `must equal the lines' amounts added up (${sum} fen)` });
}

/**
 * A line's amount is its unit price times its quantity (金额 = 单价 × 数量 on every settlement list
 * and receipt), to the fen: the exact product rounded either way, since a quantity of three
 * decimals leaves a fraction of a fen that settlement systems round or cut. Any other amount is
 * not a way of billing but a record that contradicts itself, and the rules read both sides of it:
 * the price rules (PRICE_ABOVE_STANDARD, SURGERY_DISCOUNT) judge the unit price, the others the
 * amount, so a line priced at the standard with an inflated amount (虚计多记) would pass the one
 * and be paid on the other. Which of the three is wrong cannot be told from the claim, so it is
 * refused naming the line, as the settlement system must correct it.
 */
function lineAmountIssues(lines: { quantity: string; unitPriceFen: bigint; amountFen: bigint }[], ctx: z.RefinementCtx): void {
  lines.forEach((l, i) => {
    // A field refused for its own form is left to that refusal.
    const m = /^(\d+)(?:\.(\d{1,3}))?$/.exec(String(l.quantity));
    if (!m || typeof l.unitPriceFen !== 'bigint' || typeof l.amountFen !== 'bigint') return;
    const thousandths = BigInt(m[1]!) * 1000n + BigInt((m[2] ?? '').padEnd(3, '0'));
    const exact = l.unitPriceFen * thousandths;
    const diff = l.amountFen * 1000n - exact;
    if (diff > -1000n && diff < 1000n) return;
    const expected = (exact + 500n) / 1000n;
    ctx.addIssue({
      code: 'custom',
      path: ['lines', i, 'amountFen'],
      message: `line ${i + 1}: amount ${l.amountFen} fen is not unit price ${l.unitPriceFen} fen × quantity ${l.quantity} (${expected} fen)`,
    });
  });
}

/**
 * A settlement system's clock may run a little ahead of the hub's; a claim settled further
 * ahead than this is refused as not yet settled.
 */
export const SETTLEMENT_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The settlement time is what every rule dates a claim by (its agency day, its month), so it is
 * not taken on trust: a claim cannot be settled in the future, before the patient was admitted,
 * or before an inpatient was discharged (a stay is settled at its discharge, 出院结算; an interim
 * settlement 中途结算 states that day as its discharge). Days are the agency's calendar days
 * (HUB_TIME_ZONE; Asia/Shanghai by default): settled at 2026-03-31T16:30Z is settled on 1 April.
 */
function settlementTimeIssues(
  c: { settledAt: string; admittedOn?: string | null; dischargedOn?: string | null; visitType: string },
  ctx: z.RefinementCtx,
): void {
  // A settlement time already refused for its form is not judged again against the dates.
  const at = new Date(c.settledAt);
  if (Number.isNaN(at.getTime()) || !isRealDay(c.settledAt.slice(0, 10))) return;
  if (at.getTime() > Date.now() + SETTLEMENT_CLOCK_SKEW_MS) {
    ctx.addIssue({ code: 'custom', path: ['settledAt'], message: 'a claim cannot be settled in the future' });
    return;
  }
  const settledOn = localDay(at);
  if (c.admittedOn && settledOn < c.admittedOn)
    ctx.addIssue({ code: 'custom', path: ['settledAt'], message: 'must not be before admittedOn (agency day)' });
  else if (c.visitType === 'INPATIENT' && c.dischargedOn && settledOn < c.dischargedOn)
    ctx.addIssue({ code: 'custom', path: ['settledAt'], message: 'an inpatient claim is settled on or after its discharge day (agency day)' });
}

/**
 * A line's service day is the day the rules judge it on (a bed day, a day's drugs, a duplicate
 * charge of one day), so it must lie where the claim says care was given: a settlement pays for
 * what was served by then, never for a service still to come, and a stay's settlement list
 * (住院结算清单) bills the days of that stay, from the admission day to the discharge day (drugs
 * to take home, 出院带药, are dispensed on the discharge day). A line outside would be judged on a
 * day the claim does not cover: a bed day before the admission escapes BED_DAYS_OVER_STAY and
 * PHANTOM_BED alike. Refused naming the line (its number, as the file and the console count it).
 */
function servedDayIssues(
  c: { settledAt: string; admittedOn?: string | null; dischargedOn?: string | null; visitType: string; lines: { servedOn: string }[] },
  ctx: z.RefinementCtx,
): void {
  const at = new Date(c.settledAt);
  if (Number.isNaN(at.getTime()) || !isRealDay(c.settledAt.slice(0, 10))) return;
  const settledOn = localDay(at);
  // A stay discharged before its admission is refused for that alone; its lines are not judged.
  if (c.admittedOn && c.dischargedOn && c.dischargedOn < c.admittedOn) return;
  const stay = c.visitType === 'INPATIENT' && c.admittedOn && c.dischargedOn ? { from: c.admittedOn, to: c.dischargedOn } : null;
  c.lines.forEach((l, i) => {
    const path = ['lines', i, 'servedOn'];
    // A stay's lines are judged against the stay alone: its settlement day is on or after the
    // discharge, or already refused for not being so.
    if (stay) {
      if (l.servedOn < stay.from || l.servedOn > stay.to)
        ctx.addIssue({ code: 'custom', path, message: `line ${i + 1} is served on ${l.servedOn}, outside the stay ${stay.from} to ${stay.to}` });
    } else if (l.servedOn > settledOn)
      ctx.addIssue({ code: 'custom', path, message: `line ${i + 1} is served on ${l.servedOn}, after the settlement day ${settledOn}` });
  });
}

export type ClaimInput = z.output<typeof claimInput>;

function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '2000-01-01' && s < '2100-01-01';
}
