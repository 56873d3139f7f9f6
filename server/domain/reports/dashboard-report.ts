import type { Prisma } from '../../db/generated/prisma/client.js';
import type { AgreementStatus } from '../../db/generated/prisma/enums.js';
import { db } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { visible } from '../../auth/tenant-filters.js';
import { penaltiesByMonth, penaltiesByViolation, violatingShareByMonth } from './aggregate.js';

/** Rows read per chart at most: the dashboard is an overview, not an export. */
export const REPORT_ROW_LIMIT = 100_000;

export interface DashboardRange {
  from?: Date | null;
  to?: Date | null;
}

export type DashboardReport = Awaited<ReturnType<typeof dashboardReport>>;

const inRange = (range: DashboardRange) =>
  range.from || range.to
    ? { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lte: range.to } : {}) }
    : undefined;

/**
 * The admin dashboard's figures for what the viewer may see (the same tenant filters as every
 * list): penalties and recoveries by month and by violation type (overturned penalties do not
 * count), agreements by status, and the violating amount's split by category over time.
 */
export async function dashboardReport(viewer: Viewer, range: DashboardRange = {}) {
  const when = inRange(range);
  const penaltyWhere: Prisma.PenaltyWhereInput = {
    AND: [visible.penalty(viewer), { status: { not: 'OVERTURNED' } }, when ? { proposedAt: when } : {}],
  };
  const findingWhere: Prisma.FindingWhereInput = {
    AND: [visible.finding(viewer), when ? { foundOn: when } : {}],
  };
  const [penalties, findings, statuses] = await Promise.all([
    db().penalty.findMany({
      where: penaltyWhere,
      select: {
        proposedAt: true,
        amountFen: true,
        recoveredAmountFen: true,
        finding: {
          select: { violationType: { select: { id: true, code: true, nameZh: true, nameEn: true } } },
        },
      },
      orderBy: { proposedAt: 'desc' },
      take: REPORT_ROW_LIMIT,
    }),
    db().finding.findMany({
      where: findingWhere,
      select: { foundOn: true, violatingAmountFen: true, violationType: { select: { category: true } } },
      orderBy: { foundOn: 'desc' },
      take: REPORT_ROW_LIMIT,
    }),
    db().agreement.groupBy({ by: ['status'], where: visible.agreement(viewer), _count: { _all: true } }),
  ]);
  const penaltyRows = penalties.map((p) => ({ ...p, violationType: p.finding.violationType }));
  return {
    penaltiesByMonth: penaltiesByMonth(penaltyRows),
    penaltiesByViolation: penaltiesByViolation(penaltyRows),
    violatingShare: violatingShareByMonth(
      findings.map((f) => ({
        foundOn: f.foundOn,
        violatingAmountFen: f.violatingAmountFen,
        category: f.violationType.category,
      })),
    ),
    agreementsByStatus: statuses
      .map((s) => ({ status: s.status as AgreementStatus, count: s._count._all }))
      .sort((a, b) => a.status.localeCompare(b.status)),
  };
}
