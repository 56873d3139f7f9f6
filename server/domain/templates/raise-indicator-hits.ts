import type { Prisma } from '../../db/generated/prisma/client.js';
import type { IndicatorMetric } from '../../db/generated/prisma/enums.js';
import type { Tx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { addDays, addMonths } from '../shared/dates.js';
import { agreementClauses, clauseFor } from './agreement-clauses.js';
import type { Breach } from './measure-indicators.js';
import { indicatorPeriod, quarterStart } from './indicator-periods.js';
import { findViolationType } from '../catalogue/violation-types.js';

/** Names of the measured indicators, for the rule that carries their breaches. */
export const METRIC_NAME: Partial<Record<IndicatorMetric, { zh: string; en: string }>> = {
  AVERAGE_COST_PER_VISIT: { zh: '次均门诊费用', en: 'average cost per visit' },
  AVERAGE_COST_PER_ADMISSION: { zh: '次均住院费用', en: 'average cost per admission' },
  DRUG_SHARE: { zh: '药占比', en: 'drug share' },
  ANNUAL_PAYMENT_LIMIT: { zh: '年度总额控制指标', en: 'annual payment limit' },
  AVERAGE_LENGTH_OF_STAY: { zh: '平均住院日', en: 'average length of stay' },
  READMISSION_RATE: { zh: '再入院率', en: 'readmission rate' },
  // Measured from the monthly purchase report, not from claims (monthly-reports/stocking-breaches.ts).
  WESTERN_DRUG_STOCKING_RATE: { zh: '西药备药率', en: 'Western drug stocking rate' },
  PATENT_CHINESE_DRUG_STOCKING_RATE: { zh: '中成药备药率', en: 'patent Chinese drug stocking rate' },
};

/**
 * The catalogue type a breach of these indicators is, so its rule carries it and confirming the
 * hit needs no type passed in (备药率不达标: the agreement's stock share, Huai'an §三).
 */
const METRIC_VIOLATION_TYPE: Partial<Record<IndicatorMetric, string>> = {
  WESTERN_DRUG_STOCKING_RATE: 'STOCKING_RATE_SHORTFALL',
  PATENT_CHINESE_DRUG_STOCKING_RATE: 'STOCKING_RATE_SHORTFALL',
};

/** The id of a catalogue violation type, adding the catalogue row where the database was seeded before it existed. */
async function catalogueTypeId(tx: Tx, code: string | undefined): Promise<string | null> {
  const def = code ? findViolationType(code) : undefined;
  if (!def) return null;
  const row = await tx.violationType.upsert({
    where: { code: def.code },
    update: {},
    create: { ...def, appliesTo: [...def.appliesTo] },
    select: { id: true },
  });
  return row.id;
}

/** Metrics whose numerator is money, so the part over the threshold is a violating amount. */
const MONEY_SCALE: Partial<Record<IndicatorMetric, bigint>> = {
  AVERAGE_COST_PER_VISIT: 1n,
  AVERAGE_COST_PER_ADMISSION: 1n,
  ANNUAL_PAYMENT_LIMIT: 1n,
  // A percentage of the month's total: the drug fen above threshold % of it.
  DRUG_SHARE: 100n,
};

/**
 * The fen by which a ceiling was exceeded: numerator − threshold × denominator (averages: the
 * cost over the average allowed, summed over the visits or stays; drug share: the drug cost
 * above the allowed share; payment limit: the fund paid above the limit). Floors (≥) and
 * non-money indicators (days, rates) have no violating amount of their own: 0.
 */
export function excessFen(b: Pick<Breach, 'metric' | 'comparator' | 'threshold' | 'numerator' | 'denominator'>): bigint {
  const scale = MONEY_SCALE[b.metric];
  if (!scale || (b.comparator !== 'LT' && b.comparator !== 'LTE')) return 0n;
  const [i = '0', f = ''] = b.threshold.split('.');
  const thr = BigInt(i) * 10_000n + BigInt((f + '0000').slice(0, 4));
  const over = (BigInt(b.numerator) * 10_000n * scale - thr * BigInt(b.denominator)) / (10_000n * scale);
  return over > 0n ? over : 0n;
}

/**
 * The month a breach is kept under: its own, except the annual payment limit, which once
 * exceeded stays exceeded for the rest of the year and is one matter per year.
 */
export function breachKeyMonth(metric: IndicatorMetric, month: Date): Date {
  if (metric === 'ANNUAL_PAYMENT_LIMIT') return new Date(Date.UTC(month.getUTCFullYear(), 0, 1));
  // A quarterly indicator's breach is the quarter's, kept under its first month.
  return indicatorPeriod(metric) === 'QUARTER' ? quarterStart(month) : month;
}

/** How a breach's period reads in a hit: "2026-03", or "2026-Q1" for a quarterly indicator. */
export function breachPeriodLabel(metric: IndicatorMetric, month: string): { ref: string; zh: string } {
  const ym = month.slice(0, 7);
  if (indicatorPeriod(metric) !== 'QUARTER') return { ref: ym, zh: ym };
  const q = Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1;
  return { ref: `${month.slice(0, 4)}-Q${q}`, zh: `${month.slice(0, 4)}年第${q}季度` };
}

/**
 * Raises each breached control indicator as a rule hit awaiting initial review, so it enters
 * the same handling procedure (初审 → 复审 → 陈述申辩 → 调查核实 → 处理) as a screening hit
 * (docs/domain/monitoring.md). The hit names the template clause that links the indicator
 * (when the agreement's template has one), the threshold, the measured value and the month,
 * under the insurer's rule for that indicator (created on first use). One hit per agreement,
 * indicator and month (per year for the payment limit): re-measuring raises nothing twice,
 * and a month that later falls back within its threshold keeps its hit for the reviewers to
 * dismiss. Runs inside the measuring transaction; one `ruleHit.raised` event per new hit.
 */
export async function raiseIndicatorHits(
  tx: Tx,
  args: { insurerId: string; breaches: Breach[]; actor: Viewer; requestId?: string | null; now: Date },
): Promise<number> {
  if (args.breaches.length === 0) return 0;
  const insurer = await tx.insurer.findUniqueOrThrow({ where: { id: args.insurerId }, select: { code: true } });
  const rules = new Map<IndicatorMetric, { id: string; code: string; kind: string }>();
  for (const metric of new Set(args.breaches.map((b) => b.metric))) {
    const name = METRIC_NAME[metric] ?? { zh: metric, en: metric };
    const code = `${insurer.code}-IND-${metric}`;
    const violationTypeId = await catalogueTypeId(tx, METRIC_VIOLATION_TYPE[metric]);
    // A rule created before its indicator had a type gets it; one an insurer already typed keeps its own.
    if (violationTypeId) await tx.auditRule.updateMany({ where: { code, violationTypeId: null }, data: { violationTypeId } });
    rules.set(
      metric,
      await tx.auditRule.upsert({
        where: { code },
        update: {},
        create: {
          violationTypeId,
          code,
          insurerId: args.insurerId,
          nameZh: `协议控制指标超标：${name.zh}`,
          nameEn: `Agreement control indicator breached: ${name.en}`,
          kind: 'VIOLATION',
          stages: ['AFTER'],
          // No shipped definition: the screening never runs it; indicator measuring raises its hits.
          ruleKey: null,
          parameters: { indicatorMetric: metric },
        },
        select: { id: true, code: true, kind: true },
      }),
    );
  }
  const clauses = await agreementClauses(tx, args.insurerId, [...new Set(args.breaches.map((b) => b.agreementId))]);
  const data: Prisma.RuleHitCreateManyInput[] = args.breaches.map((b) => {
    const month = new Date(`${b.month}T00:00:00Z`);
    const monthEnd = addDays(addMonths(month, 1), -1);
    const t = clauses.get(b.agreementId);
    const clause = t ? clauseFor(t.clauses, { metrics: [b.metric] }) : undefined;
    const name = METRIC_NAME[b.metric] ?? { zh: b.metric, en: b.metric };
    const where = clause ? `协议第 ${clause.clauseNo} 条「${clause.titleZh}」：` : '';
    const period = breachPeriodLabel(b.metric, b.month);
    return {
      ruleId: rules.get(b.metric)!.id,
      stage: 'AFTER',
      providerId: b.providerId,
      agreementId: b.agreementId,
      claimRef: `INDICATOR:${b.metric}:${period.ref}`,
      amountFen: excessFen(b),
      detail: `${where}${name.zh} ${b.value}，控制值 ${b.comparator} ${b.threshold}（${period.zh}）`,
      detailJson: {
        indicator: {
          metric: b.metric,
          month: b.month,
          period: indicatorPeriod(b.metric),
          value: b.value,
          comparator: b.comparator,
          threshold: b.threshold,
          numerator: b.numerator,
          denominator: b.denominator,
        },
        clause: clause
          ? { templateCode: t!.code, clauseNo: clause.clauseNo, titleZh: clause.titleZh, titleEn: clause.titleEn }
          : null,
      },
      occurredAt: monthEnd.getTime() < args.now.getTime() ? monthEnd : args.now,
      settlementMonth: month,
      indicatorMetric: b.metric,
      indicatorMonth: breachKeyMonth(b.metric, month),
    };
  });
  const created = await tx.ruleHit.createManyAndReturn({
    data,
    skipDuplicates: true,
    select: { id: true, ruleId: true, providerId: true, agreementId: true, claimRef: true, amountFen: true, detailJson: true },
  });
  const byRule = new Map([...rules.values()].map((r) => [r.id, r]));
  for (const hit of created) {
    const rule = byRule.get(hit.ruleId)!;
    await appendAuditEvent(tx, {
      type: EVENT.ruleHitRaised,
      entityType: ENTITY.ruleHit,
      entityId: hit.id,
      actor: args.actor,
      requestId: args.requestId ?? null,
      insurerId: args.insurerId,
      providerId: hit.providerId,
      data: {
        ruleCode: rule.code,
        kind: rule.kind,
        stage: 'AFTER',
        claimRef: hit.claimRef,
        amountFen: hit.amountFen,
        agreementId: hit.agreementId,
        ...(hit.detailJson as object),
      },
    });
  }
  return created.length;
}
