import { z } from 'zod';
import type { Prisma } from '../../db/generated/prisma/client.js';
import type { Comparator, IndicatorMetric } from '../../db/generated/prisma/enums.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { date, uuid } from '../shared/schemas.js';
import { templateInsurer } from './load.js';
import { isoDate } from '../shared/dates.js';
import { TEMPLATE_EVENT } from './events.js';
import { CLAIM_METRICS } from './indicators.js';
import { judgeAgreementMonth } from './indicator-periods.js';
import { monthAggregates } from './month-aggregates.js';
import { raiseIndicatorHits } from './raise-indicator-hits.js';
import { agencyDay } from '../shared/local-date.js';

/** A judged indicator over its limit: what raise-indicator-hits.ts turns into a rule hit. */
export interface Breach {
  agreementId: string;
  providerId: string;
  month: string;
  metric: IndicatorMetric;
  value: string;
  comparator: Comparator;
  threshold: string;
  numerator: string;
  denominator: string;
}

/**
 * Measures every service agreement's claim indicators for the settlement months from
 * `fromMonth` to `toMonth` (first days of months) and judges them against the agreement's
 * current control indicators. Re-measuring replaces the months' rows, so it runs after every
 * import and in the after-the-fact run without piling up duplicates. A month with no claims
 * has nothing measured; a month not yet over is measured but judged only on the year-to-date
 * payment limit. Average costs are quarterly indicators: each month's row holds the quarter so
 * far, judged only at the quarter's last month once it is over (indicator-periods.ts). One event
 * records the run; each breach not raised before becomes a rule hit awaiting initial review,
 * with its own event (raise-indicator-hits.ts).
 */
export async function measureIndicators(args: {
  insurerId: string;
  fromMonth: Date;
  toMonth: Date;
  actor: Viewer;
  requestId?: string | null;
  now?: Date;
}): Promise<{ measurements: number; breaches: Breach[]; hitsRaised: number; auditSeq: bigint }> {
  const now = args.now ?? new Date();
  // The month still running on the agency's calendar (as the claims' settlement months): at
  // 00:30 on 1 May in Beijing, April is complete though UTC is still in April.
  const today = agencyDay(now);
  const currentMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  return inTransaction({ actor: args.actor, requestId: null, now }, async (tx) => {
    const rows = await monthAggregates(tx, args.insurerId, args.fromMonth, args.toMonth);
    const agreementIds = [...new Set(rows.map((r) => r.agreementId))];
    const agreements = await tx.agreement.findMany({
      where: { id: { in: agreementIds } },
      select: {
        id: true,
        currentVersionNo: true,
        versions: { select: { versionNo: true, indicators: true } },
      },
    });
    const limits = new Map(
      agreements.map((a) => [
        a.id,
        new Map(
          (a.versions.find((v) => v.versionNo === a.currentVersionNo)?.indicators ?? []).map((i) => [
            i.metric,
            i,
          ]),
        ),
      ]),
    );
    const data: Prisma.IndicatorMeasurementCreateManyInput[] = [];
    const breaches: Breach[] = [];
    for (const r of rows) {
      const monthOver = r.month.getTime() < currentMonth.getTime();
      for (const metric of CLAIM_METRICS) {
        const limit = limits.get(r.agreementId)?.get(metric);
        const judged = judgeAgreementMonth(
          metric,
          r,
          monthOver,
          limit && { comparator: limit.comparator, threshold: limit.threshold.toString() },
        );
        if (!judged) continue;
        const { measured: m, partial, breached } = judged;
        data.push({
          insurerId: args.insurerId,
          providerId: r.providerId,
          agreementId: r.agreementId,
          month: r.month,
          metric,
          value: m.value,
          numerator: m.numerator,
          denominator: m.denominator,
          comparator: limit?.comparator ?? null,
          threshold: limit?.threshold ?? null,
          breached,
          partial,
          measuredAt: now,
        });
        if (breached && limit) {
          breaches.push({
            agreementId: r.agreementId,
            providerId: r.providerId,
            month: isoDate(r.month),
            metric,
            value: m.value!,
            comparator: limit.comparator,
            threshold: limit.threshold.toString(),
            numerator: m.numerator,
            denominator: m.denominator,
          });
        }
      }
    }
    await tx.indicatorMeasurement.deleteMany({
      where: { insurerId: args.insurerId, month: { gte: args.fromMonth, lte: args.toMonth } },
    });
    await tx.indicatorMeasurement.createMany({ data });
    const hitsRaised = await raiseIndicatorHits(tx, {
      insurerId: args.insurerId,
      breaches,
      actor: args.actor,
      requestId: args.requestId,
      now,
    });
    const { seq } = await appendAuditEvent(tx, {
      type: TEMPLATE_EVENT.indicatorsMeasured,
      entityType: 'Insurer',
      entityId: args.insurerId,
      actor: args.actor,
      insurerId: args.insurerId,
      data: {
        fromMonth: isoDate(args.fromMonth),
        toMonth: isoDate(args.toMonth),
        agreements: agreementIds.length,
        measurements: data.length,
        breaches: breaches.length,
        hitsRaised,
      },
    });
    return { measurements: data.length, breaches, hitsRaised, auditSeq: seq };
  });
}

export const measureIndicatorsInput = z
  .object({
    /** Platform admins name the insurer; agency staff measure their own. */
    insurerId: uuid.nullish(),
    fromMonth: date,
    toMonth: date,
  })
  .refine((i) => i.fromMonth <= i.toMonth, { path: ['toMonth'], message: 'must not be before fromMonth' })
  .refine((i) => i.fromMonth.getUTCDate() === 1 && i.toMonth.getUTCDate() === 1, {
    path: ['fromMonth'],
    message: 'months are given by their first day',
  });

/** The command behind the `measureIndicators` mutation (the job calls measureIndicators itself). */
export async function measureIndicatorsCommand(
  ctx: CommandContext,
  raw: z.input<typeof measureIndicatorsInput>,
) {
  requireCapability(ctx.actor, 'manageSupervision');
  const input = parseInput(measureIndicatorsInput, raw);
  const insurerId = templateInsurer(ctx.actor, input.insurerId);
  return measureIndicators({
    insurerId,
    fromMonth: input.fromMonth,
    toMonth: input.toMonth,
    actor: ctx.actor,
    requestId: ctx.requestId,
    now: ctx.now,
  });
}
