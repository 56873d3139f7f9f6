import { z } from 'zod';
import { ClaimLineCategory, InsuranceType, SettlementCategory, VisitType } from '../../db/generated/prisma/enums.js';
import { line, code } from '../shared/schemas.js';

/**
 * One settled claim as a settlement system sends it (the national settlement list's fields),
 * naming parties by their codes: the same shape for file imports, checkClaim and settleClaim.
 */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => isRealDay(s), 'must be a real date between 2000 and 2099');
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
  daysSupply: z.number().int().min(1).max(366).nullish(),
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
    settledAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time' }).refine((s) => isRealDay(s.slice(0, 10)), 'must be between 2000 and 2099'),
    diagnoses: z.array(icd10).max(20, 'at most 20 diagnoses'),
    totalFen: fenAmount,
    fundFen: fenAmount,
    accountFen: fenAmount,
    selfFen: fenAmount,
    lines: z.array(claimLineInput).min(1, 'a claim has at least one line').max(500, 'at most 500 lines'),
  })
  .superRefine((c, ctx) => {
    if (c.fundFen + c.accountFen + c.selfFen !== c.totalFen)
      ctx.addIssue({ code: 'custom', path: ['totalFen'], message: 'must equal fundFen + accountFen + selfFen' });
    if (c.visitType === 'INPATIENT' && (!c.admittedOn || !c.dischargedOn))
      ctx.addIssue({ code: 'custom', path: ['admittedOn'], message: 'an inpatient claim has admission and discharge dates' });
    if (c.admittedOn && c.dischargedOn && c.dischargedOn < c.admittedOn)
      ctx.addIssue({ code: 'custom', path: ['dischargedOn'], message: 'must not be before admittedOn' });
  });

export type ClaimInput = z.output<typeof claimInput>;

function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '2000-01-01' && s < '2100-01-01';
}
