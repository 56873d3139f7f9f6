import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/database.js';
import type { ClaimLineCategory, InsuranceType, SettlementCategory, VisitType } from '../../db/generated/prisma/enums.js';
import type { FieldIssue } from '../errors.js';
import { localDay } from '../shared/local-date.js';
import type { ClaimInput } from './claim-input.js';

/** A claim with its parties resolved to ids, ready to evaluate or store. */
export interface ClaimRecord {
  id: string;
  settlementId: string;
  /** First day of the settlement month (the agency's calendar), the partition key. */
  settlementMonth: string;
  insurerId: string;
  providerId: string;
  agreementId: string | null;
  physicianId: string | null;
  insuredPersonId: string;
  insuranceType: InsuranceType;
  visitType: VisitType;
  admittedOn: string | null;
  dischargedOn: string | null;
  /** 中途结算: a part of a stay that goes on from dischargedOn. */
  interimSettlement: boolean;
  settledAt: Date;
  diagnoses: string[];
  settlementCategory: SettlementCategory;
  totalFen: bigint;
  fundFen: bigint;
  accountFen: bigint;
  selfFen: bigint;
  lines: {
    lineNo: number;
    catalogueCode: string;
    name: string;
    category: ClaimLineCategory;
    quantity: string;
    unitPriceFen: bigint;
    amountFen: bigint;
    daysSupply: number | null;
    prescriptionNo: string | null;
    prescribedOn: string | null;
    servedOn: string;
  }[];
}

export type Resolved = { ok: true; record: ClaimRecord } | { ok: false; issues: FieldIssue[] };

/**
 * Resolves the codes of a batch of claims of one insurer in four queries (providers, agreements,
 * physicians, insured persons): a provider must be registered with or contracted by the
 * insurer, an agreement must be between them, a physician must practise at such a provider,
 * an insured person must be the insurer's.
 */
export async function resolveClaims(tx: Tx, insurerId: string, inputs: ClaimInput[]): Promise<Resolved[]> {
  const uniq = <T,>(xs: (T | null | undefined)[]) => [...new Set(xs.filter((x): x is T => x != null))];
  const insurersProvider = { OR: [{ insurerId }, { agreements: { some: { insurerId } } }] };
  const [providers, agreements, physicians, persons] = await Promise.all([
    tx.provider.findMany({
      where: { code: { in: uniq(inputs.map((i) => i.providerCode)) }, ...insurersProvider },
      select: { id: true, code: true },
    }),
    tx.agreement.findMany({
      where: { number: { in: uniq(inputs.map((i) => i.agreementNumber)) }, insurerId },
      select: { id: true, number: true, providerId: true },
    }),
    // A physician practising at one of the insurer's providers (any of them: billing at a site
    // they are not registered at is PHYSICIAN_OFF_SITE's to find). Checks and settlements run
    // as the hub: any physician code in the country named the physician and ran the rules on
    // them, so provider staff read another city's physician's billing suspension and its end
    // from a PHYSICIAN_SUSPENDED reminder, and a stored claim pointed at a physician its insurer
    // cannot see. Another insurer's physician answers as a code that does not exist.
    tx.physician.findMany({
      where: { code: { in: uniq(inputs.map((i) => i.physicianCode)) }, practiceSites: { some: { provider: insurersProvider } } },
      select: { id: true, code: true },
    }),
    tx.insuredPerson.findMany({
      where: { insurerId, idNumber: { in: uniq(inputs.map((i) => i.insuredIdNumber)) } },
      select: { id: true, idNumber: true },
    }),
  ]);
  const provider = new Map(providers.map((p) => [p.code, p.id]));
  const agreement = new Map(agreements.map((a) => [a.number, a]));
  const physician = new Map(physicians.map((p) => [p.code, p.id]));
  const person = new Map(persons.map((p) => [p.idNumber, p.id]));
  return inputs.map((i) => {
    const issues: FieldIssue[] = [];
    const providerId = provider.get(i.providerCode);
    if (!providerId) issues.push({ path: ['providerCode'], message: 'no such provider of this insurer' });
    const a = i.agreementNumber ? agreement.get(i.agreementNumber) : undefined;
    if (i.agreementNumber && (!a || a.providerId !== providerId))
      issues.push({ path: ['agreementNumber'], message: "not this provider's agreement with the insurer" });
    const physicianId = i.physicianCode ? physician.get(i.physicianCode) : null;
    if (i.physicianCode && !physicianId) issues.push({ path: ['physicianCode'], message: 'no such physician' });
    const personId = person.get(i.insuredIdNumber);
    if (!personId) issues.push({ path: ['insuredIdNumber'], message: 'no such insured person of this insurer' });
    if (issues.length > 0 || !providerId || !personId) return { ok: false, issues };
    return { ok: true, record: toRecord(i, insurerId, providerId, a?.id ?? null, physicianId ?? null, personId) };
  });
}

function toRecord(i: ClaimInput, insurerId: string, providerId: string, agreementId: string | null, physicianId: string | null, personId: string): ClaimRecord {
  const settledAt = new Date(i.settledAt);
  return {
    id: randomUUID(),
    settlementId: i.settlementId,
    settlementMonth: monthOf(settledAt),
    insurerId,
    providerId,
    agreementId,
    physicianId,
    insuredPersonId: personId,
    insuranceType: i.insuranceType,
    visitType: i.visitType,
    admittedOn: i.admittedOn ?? null,
    dischargedOn: i.dischargedOn ?? null,
    interimSettlement: i.interimSettlement,
    settledAt,
    diagnoses: i.diagnoses,
    settlementCategory: i.settlementCategory,
    totalFen: i.totalFen,
    fundFen: i.fundFen,
    accountFen: i.accountFen,
    selfFen: i.selfFen,
    lines: i.lines.map((l, n) => ({
      lineNo: n + 1,
      catalogueCode: l.catalogueCode,
      name: l.name,
      category: l.category,
      quantity: l.quantity,
      unitPriceFen: l.unitPriceFen,
      amountFen: l.amountFen,
      daysSupply: l.daysSupply ?? null,
      prescriptionNo: l.prescriptionNo ?? null,
      prescribedOn: l.prescribedOn ?? null,
      servedOn: l.servedOn,
    })),
  };
}

/**
 * The settlement month is the month on the agency's calendar (HUB_TIME_ZONE), as the rules'
 * visit day is (agency-day-sql.ts): a claim settled at 00:30 on 1 April there belongs to April.
 */
export function monthOf(at: Date): string {
  return `${localDay(at).slice(0, 7)}-01`;
}
