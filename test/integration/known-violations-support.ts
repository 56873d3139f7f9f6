import type { ClaimIn, LineIn, MonitoringWorld } from './rules/world.js';

/**
 * The shape of a known-violation case and the claim builders the cases share. One known violation pattern (docs/domain/violations.md, docs/domain/monitoring.md): claims of
 * the insured person's history, one claim carrying exactly that violation, and clean twins that
 * differ from it only in what makes it a violation. Every claim is settled in March 2026.
 */
export interface KnownViolation {
  name: string;
  rule: string;
  build(w: MonitoringWorld): Promise<{ history: ClaimIn[]; bad: ClaimIn; clean: ClaimIn[] }>;
  /** The amount at issue, in fen. */
  amountFen(bad: ClaimIn): string;
  zh(bad: ClaimIn, history: ClaimIn[]): string;
  en(bad: ClaimIn, history: ClaimIn[]): string;
}

export const fund = (c: ClaimIn) => c.fundFen;

/** A claim paid wholly by the insured person (no fund, no account). */
export function selfPaid(c: ClaimIn): ClaimIn {
  return { ...c, fundFen: '0', accountFen: '0', selfFen: c.totalFen };
}

/** A claim with part of it paid from the personal account. */
export function withAccount(c: ClaimIn, accountFen: bigint): ClaimIn {
  const total = BigInt(c.totalFen);
  const fundFen = (total - accountFen) * 7n / 10n;
  return { ...c, accountFen: accountFen.toString(), fundFen: fundFen.toString(), selfFen: (total - accountFen - fundFen).toString() };
}

/** A claim with its fund and account payments set; the rest is paid by the insured person. */
export function paidApart(c: ClaimIn, pay: { fundFen: bigint; accountFen: bigint }): ClaimIn {
  const self = BigInt(c.totalFen) - pay.fundFen - pay.accountFen;
  return { ...c, fundFen: pay.fundFen.toString(), accountFen: pay.accountFen.toString(), selfFen: self.toString() };
}

const days = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

/** An inpatient stay with a bed fee and a drug every day (no idle day: not a phantom bed). */
export function stay(w: MonitoringWorld, idNumber: string, admittedOn: string, dischargedOn: string, extra: Partial<ClaimIn> = {}): ClaimIn {
  const n = Math.round((Date.parse(dischargedOn) - Date.parse(admittedOn)) / 86_400_000);
  const lines: LineIn[] = days(admittedOn, n).flatMap((d) => [
    w.line({ catalogueCode: '110900001', name: '床位费', category: 'SERVICE_ITEM', unitPriceFen: '4000', servedOn: d }),
    w.line({ servedOn: d }),
  ]);
  return w.claim({
    insuredIdNumber: idNumber,
    visitType: 'INPATIENT',
    settlementCategory: 'INPATIENT',
    admittedOn,
    dischargedOn,
    settledAt: `${dischargedOn}T06:00:00Z`,
    diagnoses: ['J18.9'],
    lines,
    ...extra,
  });
}
