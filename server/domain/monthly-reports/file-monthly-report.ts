import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import type { MonthlyReport } from '../../db/generated/prisma/client.js';
import { DrugCategory } from '../../db/generated/prisma/enums.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { invalidField, parseInput } from '../shared/input.js';
import { fen, uuid, line, code } from '../shared/schemas.js';
import { contentHash, isLate, PERIOD, periodEnd, REPORTING_KINDS, reportDueOn } from './rules.js';
import { checkStocking } from './stocking-check.js';

export const reportLineInput = z.object({
  drugCode: code(64),
  drugName: line(200),
  maker: line(200),
  /** Purchase channel (购进渠道): the supplier or wholesaler. */
  channel: line(200),
  category: z.enum(DrugCategory),
  unitPriceFen: fen.max(100_000_000_00n, 'at most 100 million yuan'),
  quantity: z.number().refine((n) => Number.isInteger(n) && n >= 0 && n <= 10_000_000, 'a whole number from 0 to 10000000'),
});

export const fileMonthlyReportInput = z.object({
  /** Provider staff file for their own provider; agency staff name it (a paper report). */
  providerId: uuid.nullish(),
  period: z.string().regex(PERIOD, 'a month as YYYY-MM'),
  lines: z.array(reportLineInput).min(1, 'a report has at least one line').max(5000),
});

export interface MonthlyReportResult {
  report: MonthlyReport;
  /** null when the same batch had already been filed (idempotent replay: nothing written). */
  auditSeq: bigint | null;
  replayed: boolean;
}

/**
 * Files one month's drug purchases for a designated pharmacy or clinic (月报制). One report per
 * provider and month: the same batch sent again changes nothing (replayed); a different batch
 * for a filed month replaces the lines as a correction, keeping the first filing's time (a late
 * report stays late). The month must have ended.
 */
export async function fileMonthlyReport(
  ctx: CommandContext,
  raw: z.input<typeof fileMonthlyReportInput>,
  source: 'API' | 'CSV' | 'CONSOLE' = 'API',
): Promise<MonthlyReportResult> {
  const { actor } = ctx;
  requireCapability(actor, 'fileMonthlyReports');
  const input = parseInput(fileMonthlyReportInput, raw);
  const now = ctx.now ?? new Date();
  // The month is over when the agency's calendar has reached the next month's first day: at
  // 00:30 in Beijing on 1 January, December is over though it is still 31 December in UTC.
  if (periodEnd(input.period) > agencyDay(now)) throw invalidField(['period'], 'the month has not ended yet');
  const providerId = actor.role === 'PROVIDER_STAFF' ? actor.providerId : input.providerId;
  if (!providerId) throw invalidField(['providerId'], 'name the reporting provider');
  if (actor.role === 'PROVIDER_STAFF' && input.providerId && input.providerId !== actor.providerId)
    throw notFound('Provider', input.providerId);
  return inTransaction(ctx, async (tx) => {
    const provider = await tx.provider.findFirst({
      where: { AND: [{ id: providerId }, visible.provider(actor)] },
      include: { insurer: true },
    });
    if (
      !provider ||
      (actor.role !== 'PROVIDER_STAFF' &&
        actor.role !== 'PLATFORM_ADMIN' &&
        provider.insurerId !== actor.insurerId)
    )
      throw notFound('Provider', providerId);
    if (!REPORTING_KINDS.includes(provider.kind))
      throw invalidField(
        ['providerId'],
        `a ${provider.kind} has no monthly reporting duty (pharmacies and clinics only)`,
      );
    const hash = contentHash(input.lines);
    const lines = input.lines.map((l, i) => ({
      ...l,
      lineNo: i + 1,
      insurerId: provider.insurerId,
      providerId: provider.id,
      amountFen: l.unitPriceFen * BigInt(l.quantity),
    }));
    const totalFen = lines.reduce((s, l) => s + l.amountFen, 0n);
    const existing = await tx.monthlyReport.findUnique({
      where: { providerId_period: { providerId: provider.id, period: input.period } },
    });
    if (existing?.contentHash === hash) return { report: existing, auditSeq: null, replayed: true };
    const dueOn = reportDueOn(input.period, provider.insurer.monthlyReportDueDay);
    let report: MonthlyReport;
    if (existing) {
      await tx.monthlyReportLine.deleteMany({ where: { reportId: existing.id } });
      report = await tx.monthlyReport.update({
        where: { id: existing.id },
        data: {
          lineCount: lines.length,
          totalFen,
          contentHash: hash,
          source,
          version: { increment: 1 },
          lines: { createMany: { data: lines } },
        },
      });
    } else {
      report = await tx.monthlyReport.create({
        data: {
          insurerId: provider.insurerId,
          providerId: provider.id,
          period: input.period,
          dueOn,
          submittedAt: now,
          late: isLate(agencyDay(now), dueOn),
          lineCount: lines.length,
          totalFen,
          contentHash: hash,
          source,
          lines: { createMany: { data: lines } },
        },
      });
    }
    const stocking = await checkStocking(tx, report);
    const { seq } = await appendAuditEvent(tx, {
      type: existing ? EVENT.monthlyReportCorrected : EVENT.monthlyReportFiled,
      entityType: ENTITY.monthlyReport,
      entityId: report.id,
      actor,
      requestId: ctx.requestId,
      insurerId: report.insurerId,
      providerId: report.providerId,
      data: {
        period: report.period,
        source,
        lineCount: report.lineCount,
        totalFen: report.totalFen,
        dueOn: isoDate(report.dueOn),
        late: report.late,
        stocking: stocking.map((s) => ({ category: s.category, ratePercent: s.ratePercent, met: s.met })),
      },
    });
    return { report, auditSeq: seq, replayed: false };
  });
}
