import { z } from 'zod';
import type { Prisma } from '../../db/generated/prisma/client.js';
import type { Comparator, IndicatorMetric } from '../../db/generated/prisma/enums.js';
import type { Tx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { date, uuid } from '../shared/schemas.js';
import { templateInsurer } from './load.js';
import { addMonths, isoDate } from '../shared/dates.js';
import { TEMPLATE_EVENT } from './events.js';
import {
  addAggregates,
  EMPTY_AGGREGATE,
  indicatorPeriod,
  judgeable,
  measure,
  periodPartial,
  quarterStart,
  satisfies,
  type MonthAggregate,
} from './indicators.js';
import { raiseIndicatorHits } from './raise-indicator-hits.js';
import { agencyDay } from '../shared/local-date.js';

/** Indicators that claims measure (stocking rates come from monthly reports, scores from assessments). */
export const CLAIM_METRICS: readonly IndicatorMetric[] = [
  'AVERAGE_COST_PER_VISIT',
  'AVERAGE_COST_PER_ADMISSION',
  'DRUG_SHARE',
  'AVERAGE_LENGTH_OF_STAY',
  'READMISSION_RATE',
  'ANNUAL_PAYMENT_LIMIT',
];

/** A readmission within this many days counts for the readmission rate (the split-admission rule's default). */
export const READMISSION_DAYS = 15;

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

type AggregateRow = {
  agreement_id: string;
  provider_id: string;
  month: Date;
  visits: bigint;
  visit_total: bigint;
  admissions: bigint;
  admission_total: bigint;
  bed_days: bigint;
  readmissions: bigint;
  total: bigint;
  drug: bigint;
  fund: bigint;
  fund_ytd: bigint;
};

/**
 * Sums one insurer's settled claims per agreement and settlement month (from 1 January of the
 * first month's year, so the year-to-date payment is whole). Set-based: one statement whatever
 * the number of agreements.
 */
const AGGREGATE_SQL = `
  with c as (
    select c.id, c."agreementId" as agreement_id, c."providerId" as provider_id, c."settlementMonth" as month,
      c."visitType"::text as visit_type, c."totalFen" as total, c."fundFen" as fund, c."insuredPersonId" as person_id,
      c."admittedOn" as admitted_on, c."dischargedOn" as discharged_on
    from "Claim" c
    where c."insurerId" = $1::uuid and c."agreementId" is not null
      and c."settlementMonth" between date_trunc('year', $2::date)::date and $3::date
  ),
  drugs as (
    select l."claimId" as claim_id, sum(l."amountFen") as drug
    from "ClaimLine" l
    where l."insurerId" = $1::uuid and l.category in ('WESTERN_DRUG', 'PATENT_CHINESE_DRUG', 'HERBAL')
      and l."settlementMonth" between date_trunc('year', $2::date)::date and $3::date
    group by l."claimId"
  ),
  monthly as (
    select c.agreement_id, c.provider_id, c.month,
      count(*) filter (where c.visit_type <> 'INPATIENT') as visits,
      coalesce(sum(c.total) filter (where c.visit_type <> 'INPATIENT'), 0) as visit_total,
      count(*) filter (where c.visit_type = 'INPATIENT') as admissions,
      coalesce(sum(c.total) filter (where c.visit_type = 'INPATIENT'), 0) as admission_total,
      coalesce(sum(greatest(c.discharged_on - c.admitted_on, 1)) filter (where c.visit_type = 'INPATIENT'), 0) as bed_days,
      count(*) filter (where c.visit_type = 'INPATIENT' and exists (
        select 1 from "Claim" p
        where p."insurerId" = $1::uuid and p."insuredPersonId" = c.person_id and p."providerId" = c.provider_id
          and p.id <> c.id and p."visitType" = 'INPATIENT' and p."dischargedOn" <= c.admitted_on
          and c.admitted_on - p."dischargedOn" <= ${READMISSION_DAYS}
      )) as readmissions,
      coalesce(sum(c.total), 0) as total,
      coalesce(sum(d.drug), 0) as drug,
      coalesce(sum(c.fund), 0) as fund
    from c left join drugs d on d.claim_id = c.id
    group by c.agreement_id, c.provider_id, c.month
  )
  select m.*, sum(m.fund) over (partition by m.agreement_id, date_trunc('year', m.month) order by m.month) as fund_ytd
  from monthly m`;

export interface AgreementMonth {
  agreementId: string;
  providerId: string;
  month: Date;
  aggregate: MonthAggregate;
  /** The quarter's months up to and including this one (quarterly indicators are judged on it). */
  quarterToDate: MonthAggregate;
  /** A quarter's last month without claims, there only for the quarterly indicators. */
  claimless: boolean;
}

/** The aggregate an indicator is measured on for this month: the month's, or the quarter so far. */
export function periodAggregate(metric: IndicatorMetric, m: AgreementMonth): MonthAggregate {
  return indicatorPeriod(metric) === 'QUARTER' ? m.quarterToDate : m.aggregate;
}

/**
 * The monthly sums of AGGREGATE_SQL for settlement months `from`..`to` (first days). The SQL
 * reads from 1 January, so a quarter's earlier months count even when `from` is mid-quarter.
 */
export async function monthAggregates(
  tx: Tx,
  insurerId: string,
  from: Date,
  to: Date,
): Promise<AgreementMonth[]> {
  const rows = await tx.$queryRawUnsafe<AggregateRow[]>(AGGREGATE_SQL, insurerId, from, to);
  const all = rows.map((r) => ({
    agreementId: r.agreement_id,
    providerId: r.provider_id,
    month: r.month,
    claimless: false,
    aggregate: {
      visits: Number(r.visits),
      visitTotalFen: BigInt(r.visit_total),
      admissions: Number(r.admissions),
      admissionTotalFen: BigInt(r.admission_total),
      bedDays: Number(r.bed_days),
      readmissions: Number(r.readmissions),
      totalFen: BigInt(r.total),
      drugFen: BigInt(r.drug),
      fundPaidFen: BigInt(r.fund),
      fundPaidYearToDateFen: BigInt(r.fund_ytd),
    } satisfies MonthAggregate,
  }));
  // A quarter is judged at its last month, claims or not: a quarter whose last month had no
  // claims gets a claimless row there, measured for the quarterly indicators only.
  const ends = new Map<string, (typeof all)[number]>();
  for (const r of all) {
    const end = addMonths(quarterStart(r.month), 2);
    const key = `${r.agreementId}|${end.getTime()}`;
    if (end.getTime() <= to.getTime() && !ends.has(key)) ends.set(key, { ...r, month: end, claimless: true });
  }
  for (const r of all) ends.delete(`${r.agreementId}|${r.month.getTime()}`);
  const claimless = [...ends.values()].map((r) => ({
    ...r,
    aggregate: { ...EMPTY_AGGREGATE, fundPaidYearToDateFen: r.aggregate.fundPaidYearToDateFen },
  }));
  return [...all, ...claimless]
    .filter((r) => r.month.getTime() >= from.getTime())
    .map((r) => {
      const q = quarterStart(r.month).getTime();
      const quarter = all
        .filter(
          (o) => o.agreementId === r.agreementId && o.month.getTime() >= q && o.month.getTime() <= r.month.getTime(),
        )
        .sort((a, b) => a.month.getTime() - b.month.getTime());
      return { ...r, quarterToDate: addAggregates(quarter.map((o) => o.aggregate)) };
    });
}

/**
 * Measures every service agreement's claim indicators for the settlement months from
 * `fromMonth` to `toMonth` (first days of months) and judges them against the agreement's
 * current control indicators. Re-measuring replaces the months' rows, so it runs after every
 * import and in the after-the-fact run without piling up duplicates. A month with no claims
 * has nothing measured; a month not yet over is measured but judged only on the year-to-date
 * payment limit (indicators.ts `judgeable`). Average costs are quarterly indicators: each
 * month's row holds the quarter so far, judged only at the quarter's last month once it is over. One event records the run; each breach not raised
 * before becomes a rule hit awaiting initial review, with its own event (raise-indicator-hits.ts).
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
        if (r.claimless && indicatorPeriod(metric) !== 'QUARTER') continue;
        const partial = periodPartial(metric, r.month, monthOver);
        const m = measure(metric, periodAggregate(metric, r));
        if (!m) continue;
        const limit = limits.get(r.agreementId)?.get(metric);
        const breached =
          m.value !== null &&
          !!limit &&
          judgeable(metric, partial) &&
          !satisfies(m.value, limit.comparator, limit.threshold.toString());
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
