import type { Tx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Comparator } from '../../db/generated/prisma/enums.js';
import type { MonthlyReport } from '../../db/generated/prisma/client.js';
import { raiseIndicatorHits } from '../templates/raise-indicator-hits.js';
import type { Breach } from '../templates/measure-indicators.js';
import { checkStocking } from './stocking-check.js';

const METRIC = {
  WESTERN: 'WESTERN_DRUG_STOCKING_RATE',
  PATENT_CHINESE: 'PATENT_CHINESE_DRUG_STOCKING_RATE',
} as const;

/**
 * 备药率: S0 (docs/domain/sources.md, Huai'an §三a) — the agreement sets the share of the
 * formulary a provider must stock (Western ≥ x %, patent Chinese ≥ y %), "违者暂停医保定点资格",
 * and the monthly drug-purchase report (月报制, §三b) is how the agency sees it. A filed report
 * whose stocking rate misses its agreement's indicator is a breached control indicator: it enters
 * the review procedure as an indicator hit (once per agreement, metric and month), whose
 * confirmation leads to the indicator's breach measure, as for the claim-measured indicators.
 */
export async function raiseStockingBreaches(
  tx: Tx,
  args: { report: MonthlyReport; agreementId: string; actor: Viewer; requestId: string | null; now: Date },
): Promise<number> {
  const { report } = args;
  const breaches: Breach[] = (await checkStocking(tx, report))
    .filter((s) => s.met === false)
    .map((s) => ({
      agreementId: args.agreementId,
      providerId: report.providerId,
      month: `${report.period}-01`,
      metric: METRIC[s.category],
      value: s.ratePercent,
      comparator: s.comparator as Comparator,
      threshold: s.threshold!,
      numerator: String(s.stocked),
      denominator: String(s.listed),
    }));
  return raiseIndicatorHits(tx, {
    insurerId: report.insurerId,
    breaches,
    actor: args.actor,
    requestId: args.requestId,
    now: args.now,
  });
}
