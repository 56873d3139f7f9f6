import type { PrismaClient } from '../../../server/db/generated/prisma/client.js';
import type { InsuredSuspensionScope } from '../../../server/db/generated/prisma/enums.js';
import { installRules } from '../../../server/domain/monitoring/install-rules.js';
import { localDay } from '../../../server/domain/shared/local-date.js';
import { createInsuredPerson, createInsurer, createPhysician, createProvider, day, uniq } from '../../factories/records.js';

/** Claim input as the API takes it (codes, ISO strings, fen as strings). */
export interface ClaimIn {
  settlementId: string;
  insurerCode?: string;
  providerCode: string;
  agreementNumber?: string | null;
  physicianCode?: string | null;
  insuredIdNumber: string;
  insuranceType: string;
  visitType: string;
  settlementCategory: string;
  admittedOn?: string | null;
  dischargedOn?: string | null;
  /** 中途结算: a part of a stay that goes on (claim-input.ts). */
  interimSettlement?: boolean;
  settledAt: string;
  diagnoses: string[];
  totalFen: string;
  fundFen: string;
  accountFen: string;
  selfFen: string;
  lines: LineIn[];
}

/**
 * A claim as the checkClaim/settleClaim input: the GraphQL Fen scalar takes numbers, while the
 * world builds claims with fen as strings (as files carry them).
 */
export function claimInput(c: ClaimIn): Record<string, unknown> {
  const n = (v: string) => Number(v);
  return {
    ...c,
    totalFen: n(c.totalFen),
    fundFen: n(c.fundFen),
    accountFen: n(c.accountFen),
    selfFen: n(c.selfFen),
    lines: c.lines.map((l) => ({ ...l, unitPriceFen: n(l.unitPriceFen), amountFen: n(l.amountFen) })),
  };
}

export interface LineIn {
  catalogueCode: string;
  name: string;
  category: string;
  quantity: string;
  unitPriceFen: string;
  amountFen: string;
  daysSupply?: number | null;
  prescriptionNo?: string | null;
  prescribedOn?: string | null;
  servedOn: string;
}

/**
 * A small monitoring world: an insurer with every shipped rule installed, a knowledge library
 * naming test catalogue codes, three hospitals, a clinic and a pharmacy, two physicians of the first hospital, and factories
 * for persons and claims.
 */
export async function createMonitoringWorld(prisma: PrismaClient) {
  const insurer = await createInsurer(prisma);
  const providers = await Promise.all([0, 1, 2].map(() => createProvider(prisma, { insurerId: insurer.id })));
  // Kinds without inpatient beds or without a licence to treat (BEYOND_LICENCE_SCOPE).
  const clinic = await createProvider(prisma, { insurerId: insurer.id, kind: 'CLINIC', hospitalGrade: null, licenceScope: ['全科'] });
  const pharmacy = await createProvider(prisma, { insurerId: insurer.id, kind: 'RETAIL_PHARMACY', hospitalGrade: null, pharmacyClass: 'A', licenceScope: ['药品零售'] });
  const physician = await createPhysician(prisma, { primaryProviderId: providers[0]!.id });
  // Another doctor of the same hospital: a second consultation the same day in another department.
  const colleague = await createPhysician(prisma, { primaryProviderId: providers[0]!.id });
  await prisma.$transaction((tx) => installRules(tx, insurer.id));
  const k = (kind: string, catalogueCode: string, extra: Record<string, unknown> = {}) => ({
    insurerId: insurer.id,
    kind: kind as never,
    catalogueCode,
    nameZh: catalogueCode,
    ...extra,
  });
  await prisma.knowledgeEntry.createMany({
    data: [
      k('SEX_RESTRICTION', 'K-SEX-F', { sex: 'FEMALE' }),
      k('CHILD_ONLY', 'K-CHILD', { maxAgeYears: 14 }),
      k('SURGERY_DISCOUNT', 'K-SURG-1', { priceFen: 100000n, discountPercent: 50 }),
      k('SURGERY_DISCOUNT', 'K-SURG-2', { priceFen: 80000n, discountPercent: 50 }),
      k('INSURANCE_TYPE_RESTRICTION', 'K-WI', { insuranceTypes: ['WORK_INJURY', 'MATERNITY'] }),
      k('INDICATION', 'K-IND', { icd10Prefixes: ['E11'] }),
      // 检查指征: glycated haemoglobin (HbA1c) is an examination for diabetes (type 1 or 2).
      k('INDICATION', 'K-EXAM', { icd10Prefixes: ['E10', 'E11'] }),
      k('PAYMENT_STANDARD', 'K-PRICE', { priceFen: 1000n }),
      k('QUANTITY_LIMIT', 'K-QTY', { maxQuantity: '10', maxDaysSupply: 30 }),
      k('NOT_COVERED', 'K-NC'),
      k('CATEGORY_DIAGNOSIS', 'CHRONIC_DISEASE', { icd10Prefixes: ['I10', 'E11'] }),
    ],
  });
  type PersonIn = { sex?: 'MALE' | 'FEMALE'; birthDate?: string; settlementSuspendedUntil?: string | null; suspensionScope?: InsuredSuspensionScope };
  /** A person; a suspension (its start, its restoration) is recorded with its history row. */
  const person = (data: PersonIn & { settlementSuspendedFrom?: string; settlementRestoredOn?: string } = {}) =>
    createInsuredPerson(prisma, {
      insurerId: insurer.id,
      sex: data.sex ?? 'MALE',
      birthDate: day(data.birthDate ?? '1970-05-01'),
      settlementSuspendedUntil: data.settlementSuspendedUntil ? day(data.settlementSuspendedUntil) : null,
      settlementSuspendedFrom: data.settlementSuspendedFrom ? day(data.settlementSuspendedFrom) : null,
      settlementRestoredOn: data.settlementRestoredOn ? day(data.settlementRestoredOn) : null,
      suspensionScope: data.suspensionScope,
    });
  const line = (l: Partial<LineIn> = {}): LineIn => {
    const quantity = l.quantity ?? '1';
    const unit = l.unitPriceFen ?? '500';
    return {
      catalogueCode: 'X-PLAIN',
      name: '普通药品',
      category: 'WESTERN_DRUG',
      servedOn: '2026-03-10',
      ...l,
      quantity,
      unitPriceFen: unit,
      amountFen: l.amountFen ?? String(Math.round(Number(quantity) * Number(unit))),
    };
  };
  const claim = (c: Partial<ClaimIn> & { insuredIdNumber: string }): ClaimIn => {
    // The default line is served when the claim says care was given: a stay's admission day, or
    // the settlement's agency day (a line served after it is refused, claim-input.ts).
    const settled = new Date(c.settledAt ?? '2026-03-10T02:00:00Z');
    const settledOn = Number.isNaN(settled.getTime()) ? '2026-03-10' : localDay(settled);
    const lines = c.lines ?? [line({ servedOn: c.admittedOn ?? settledOn })];
    const total = lines.reduce((s, l) => s + BigInt(l.amountFen), 0n);
    const account = BigInt(c.accountFen ?? '0');
    const fund = (total - account) * 7n / 10n;
    return {
      settlementId: uniq('JS'),
      providerCode: providers[0]!.code,
      insuranceType: 'EMPLOYEE',
      visitType: 'OUTPATIENT',
      settlementCategory: 'GENERAL_OUTPATIENT',
      settledAt: '2026-03-10T02:00:00Z',
      diagnoses: ['J06.9'],
      ...c,
      lines,
      totalFen: total.toString(),
      accountFen: account.toString(),
      fundFen: fund.toString(),
      selfFen: (total - account - fund).toString(),
    };
  };
  return { insurer, providers, clinic, pharmacy, physician, colleague, person, line, claim };
}

export type MonitoringWorld = Awaited<ReturnType<typeof createMonitoringWorld>>;
