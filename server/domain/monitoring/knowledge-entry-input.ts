import { z } from 'zod';
import { InsuranceType, KnowledgeKind, Sex } from '../../db/generated/prisma/enums.js';
import { line, code } from '../shared/schemas.js';

/** One knowledge entry as a batch file states it (NDJSON object or CSV row). */
/** A count or limit column: its range said in the message (zod's own names the safe-integer bound). */
const whole = (min: number, max: number) => {
  const range = `a whole number from ${min} to ${max}`;
  return z.number({ error: range }).refine((n) => Number.isInteger(n) && n >= min && n <= max, range);
};

export const knowledgeEntryInput = z.object({
  kind: z.enum(KnowledgeKind),
  catalogueCode: code(64).refine((v) => v.trim().length > 0, 'must not be empty'),
  nameZh: line(200).refine((v) => v.trim().length > 0, 'must not be empty'),
  nameEn: line(200).nullish(),
  batch: line(100).nullish(),
  sex: z.enum(Sex).nullish(),
  maxAgeYears: whole(0, 150).nullish(),
  insuranceTypes: z.array(z.enum(InsuranceType)).max(4).nullish(),
  icd10Prefixes: z.array(z.string().regex(/^[A-Z]\d{0,2}(\.[0-9A-Z]{0,4})?$/, 'must be an ICD-10 code or prefix')).max(200).nullish(),
  priceFen: z.union([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), z.string().regex(/^\d{1,15}$/, 'must be a whole number of fen')], { error: 'must be a whole number of fen' }).transform((v) => BigInt(v)).nullish(),
  discountPercent: whole(0, 100).nullish(),
  maxQuantity: z.union([z.number().positive().max(999_999_999), z.string().regex(/^\d{1,9}(\.\d{1,3})?$/)]).transform((v) => String(v)).nullish(),
  maxDaysSupply: whole(1, 366).nullish(),
  validityDays: whole(1, 3660).nullish(),
  maxUses: whole(1, 1000).nullish(),
  active: z.boolean({ error: 'true or false' }).nullish(),
}).strict();

export type KnowledgeEntryInput = z.output<typeof knowledgeEntryInput>;

/** The restriction columns of an entry (what a new version may change). */
export function entryData(e: KnowledgeEntryInput) {
  return {
    nameZh: e.nameZh,
    // A blank English name is no name: the list then shows the Chinese one.
    nameEn: e.nameEn?.trim() || null,
    batch: e.batch ?? null,
    sex: e.sex ?? null,
    maxAgeYears: e.maxAgeYears ?? null,
    insuranceTypes: e.insuranceTypes ?? [],
    icd10Prefixes: e.icd10Prefixes ?? [],
    priceFen: e.priceFen ?? null,
    discountPercent: e.discountPercent ?? null,
    maxQuantity: e.maxQuantity ?? null,
    maxDaysSupply: e.maxDaysSupply ?? null,
    validityDays: e.validityDays ?? null,
    maxUses: e.maxUses ?? null,
    active: e.active ?? true,
  };
}

const COMPARED = ['nameZh', 'nameEn', 'batch', 'sex', 'maxAgeYears', 'insuranceTypes', 'icd10Prefixes', 'priceFen', 'discountPercent', 'maxQuantity', 'maxDaysSupply', 'validityDays', 'maxUses', 'active'] as const;

/**
 * The entry's fields as JSON-safe text (money and decimals as strings, `1.500` = `1.5`): equal
 * snapshots mean a re-imported line changes nothing; the snapshot is also what a version keeps.
 */
export function snapshot(e: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    COMPARED.map((k) => {
      const v = e[k];
      if (v == null) return [k, null];
      if (k === 'maxQuantity') return [k, String(Number(String(v)))];
      if (typeof v === 'bigint' || k === 'priceFen') return [k, String(v)];
      return [k, v];
    }),
  );
}
