import type { Tx } from '../../db/database.js';
import type { IndicatorMetric } from '../../db/generated/prisma/enums.js';
import { meets, stockingRates } from './rules.js';

const METRIC: Record<'WESTERN' | 'PATENT_CHINESE', IndicatorMetric> = {
  WESTERN: 'WESTERN_DRUG_STOCKING_RATE',
  PATENT_CHINESE: 'PATENT_CHINESE_DRUG_STOCKING_RATE',
};

export interface StockingCheck {
  category: 'WESTERN' | 'PATENT_CHINESE';
  listed: number;
  stocked: number;
  ratePercent: string;
  /** The indicator of the provider's service agreement in force, if it has one for this metric. */
  threshold: string | null;
  comparator: string | null;
  met: boolean | null;
}

/**
 * The month's stocking rates against the insurer's formulary, each checked against the
 * indicator of the provider's service agreement (current version) that was in force in the month.
 */
export async function checkStocking(
  tx: Tx,
  report: { id: string; insurerId: string; providerId: string },
): Promise<StockingCheck[]> {
  const [formulary, lines, agreement] = await Promise.all([
    tx.formularyDrug.findMany({
      where: { insurerId: report.insurerId },
      select: { drugCode: true, category: true },
    }),
    tx.monthlyReportLine.findMany({
      where: { reportId: report.id },
      select: { drugCode: true, quantity: true },
    }),
    tx.agreement.findFirst({
      where: {
        providerId: report.providerId,
        insurerId: report.insurerId,
        family: 'SERVICE',
        status: { in: ['ACTIVE', 'SUSPENDED', 'SIGNED'] },
      },
      orderBy: { startsOn: 'desc' },
      select: { id: true, currentVersionNo: true },
    }),
  ]);
  const indicators = agreement
    ? await tx.controlIndicator.findMany({
        where: {
          version: { agreementId: agreement.id, versionNo: agreement.currentVersionNo },
          metric: { in: Object.values(METRIC) },
        },
      })
    : [];
  return stockingRates(formulary, lines).map((rate) => {
    const ind = indicators.find((i) => i.metric === METRIC[rate.category]);
    const threshold = ind ? ind.threshold.toString() : null;
    return {
      ...rate,
      threshold,
      comparator: ind?.comparator ?? null,
      met: ind && rate.listed > 0 ? meets(rate.ratePercent, ind.comparator, threshold!) : null,
    };
  });
}
