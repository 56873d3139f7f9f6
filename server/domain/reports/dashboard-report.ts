import type { Prisma } from '../../db/generated/prisma/client.js';
import type { AgreementStatus } from '../../db/generated/prisma/enums.js';
import type { PrismaClient } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { visible } from '../../auth/tenant-filters.js';
import { penaltiesByMonth, penaltiesByViolation } from './aggregate.js';
import { addDays } from '../shared/dates.js';
import { startOfAgencyDay } from '../shared/local-date.js';
import { NOT_OVERTURNED_ON_APPEAL } from '../penalties/rules.js';
import { violatingShares, type ClaimScope } from './violating-share.js';

/** Rows read per chart at most: the dashboard is an overview, not an export. */
export const REPORT_ROW_LIMIT = 100_000;

export interface DashboardRange {
  from?: Date | null;
  to?: Date | null;
}

export type DashboardReport = Awaited<ReturnType<typeof dashboardReport>>;

/**
 * The range's days on the agency's calendar as bounds on an instant: from midnight of `from`
 * to the end of `to` in HUB_TIME_ZONE, so the months cut here are the months the chart shows.
 */
const inRange = (range: DashboardRange) =>
  range.from || range.to
    ? {
        ...(range.from ? { gte: startOfAgencyDay(range.from) } : {}),
        ...(range.to ? { lt: startOfAgencyDay(addDays(range.to, 1)) } : {}),
      }
    : undefined;

/**
 * The admin dashboard's figures for what the viewer may see (the same tenant filters as every
 * list): penalties and recoveries by month and by violation type (overturned penalties do not
 * count, nor once closed after the overturn), agreements by status, and the violating share of
 * settled fund payments per insurer and month — the monthly monitoring report's own
 * computation, over the claims the viewer may see.
 * `db` is the viewer's row-secured client (requestDb): the filters are the fast path, row-level
 * security the floor, as for every other read (server/policy/README.md).
 */
export async function dashboardReport(db: PrismaClient, viewer: Viewer, range: DashboardRange = {}) {
  const when = inRange(range);
  const penaltyWhere: Prisma.PenaltyWhereInput = {
    AND: [visible.penalty(viewer), { status: { not: 'OVERTURNED' }, ...NOT_OVERTURNED_ON_APPEAL }, when ? { proposedAt: when } : {}],
  };
  const scope = claimScope(viewer);
  const [penalties, shares, statuses] = await Promise.all([
    db.penalty.findMany({
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
    scope
      ? violatingShares(db, scope, {
          from: range.from?.toISOString().slice(0, 7),
          to: range.to?.toISOString().slice(0, 7),
        })
      : [],
    db.agreement.groupBy({ by: ['status'], where: visible.agreement(viewer), _count: { _all: true } }),
  ]);
  const penaltyRows = penalties.map((p) => ({ ...p, violationType: p.finding.violationType }));
  return {
    penaltiesByMonth: penaltiesByMonth(penaltyRows),
    penaltiesByViolation: penaltiesByViolation(penaltyRows),
    violatingShare: shares,
    agreementsByStatus: statuses
      .map((s) => ({ status: s.status as AgreementStatus, count: s._count._all }))
      .sort((a, b) => a.status.localeCompare(b.status)),
  };
}

/**
 * The claims the viewer may see, as the scope the share query takes. Read from the one tenant
 * filter for claims so the chart can never cover more than the claims list; a filter of any
 * other shape shows no share rather than a wrong one.
 */
function claimScope(viewer: Viewer): ClaimScope | null {
  const where = visible.claim(viewer) as Record<string, unknown>;
  const keys = Object.keys(where);
  if (!keys.every((k) => (k === 'insurerId' || k === 'providerId') && typeof where[k] === 'string'))
    return null;
  return where as ClaimScope;
}
