import type { IndicatorMetric } from '../../db/generated/prisma/enums.js';
import { multiplyFen, parseMultiple } from '../penalties/calculate.js';
import type { TemplateClause } from './document.js';
import { ladderStep } from './ladder.js';

/**
 * The arithmetic of a what-if replay (run-what-if-replay.ts gathers the figures in SQL): per
 * provider and in total, the rule hits and amounts, the indicator breaches, and the ladder
 * steps the clauses would prescribe, for the version in force ("baseline") and the draft
 * ("candidate"). A clause counts as breached at most once per provider and month — a month's
 * hits and indicator breaches of one clause are one matter for the agency — so a ladder
 * escalates month by month, not hit by hit.
 */
export interface RuleFigure {
  providerId: string;
  ruleCode: string;
  month: string;
  hits: number;
  amountFen: bigint;
}

export interface IndicatorBreach {
  providerId: string;
  month: string;
  metric: IndicatorMetric;
}

export interface SideInput {
  rules: RuleFigure[];
  breaches: IndicatorBreach[];
  clauses: TemplateClause[];
}

export interface LadderCount {
  clauseNo: string;
  stepNo: number;
  measure: string;
  count: number;
  amountFen: string;
}

export interface SideSummary {
  hits: number;
  hitAmountFen: string;
  breaches: number;
  ladder: LadderCount[];
}

export interface ReplayReport {
  totals: { baseline: SideSummary; candidate: SideSummary };
  providers: { providerId: string; baseline: SideSummary; candidate: SideSummary }[];
  rules: {
    ruleCode: string;
    baseline: { hits: number; amountFen: string };
    candidate: { hits: number; amountFen: string };
  }[];
}

export function replayReport(baseline: SideInput, candidate: SideInput): ReplayReport {
  const providerIds = [
    ...new Set(
      [baseline, candidate].flatMap((s) => [
        ...s.rules.map((r) => r.providerId),
        ...s.breaches.map((b) => b.providerId),
      ]),
    ),
  ].sort();
  const ruleCodes = [...new Set([baseline, candidate].flatMap((s) => s.rules.map((r) => r.ruleCode)))].sort();
  const ruleTotals = (side: SideInput, code: string) => {
    const rows = side.rules.filter((r) => r.ruleCode === code);
    return { hits: sum(rows.map((r) => r.hits)), amountFen: sumFen(rows.map((r) => r.amountFen)).toString() };
  };
  return {
    totals: { baseline: summarise(baseline, () => true), candidate: summarise(candidate, () => true) },
    providers: providerIds.map((id) => ({
      providerId: id,
      baseline: summarise(baseline, (p) => p === id),
      candidate: summarise(candidate, (p) => p === id),
    })),
    rules: ruleCodes.map((code) => ({
      ruleCode: code,
      baseline: ruleTotals(baseline, code),
      candidate: ruleTotals(candidate, code),
    })),
  };
}

function summarise(side: SideInput, keep: (providerId: string) => boolean): SideSummary {
  const rules = side.rules.filter((r) => keep(r.providerId));
  const breaches = side.breaches.filter((b) => keep(b.providerId));
  return {
    hits: sum(rules.map((r) => r.hits)),
    hitAmountFen: sumFen(rules.map((r) => r.amountFen)).toString(),
    breaches: breaches.length,
    ladder: ladderCounts(side.clauses, rules, breaches),
  };
}

/** Walks each provider's breach months of each laddered clause through the ladder. */
export function ladderCounts(
  clauses: TemplateClause[],
  rules: RuleFigure[],
  breaches: IndicatorBreach[],
): LadderCount[] {
  const counts = new Map<string, LadderCount>();
  for (const clause of clauses) {
    if (!clause.ladder) continue;
    const codes = new Set(clause.ruleCodes);
    const metrics = new Set(clause.indicatorMetrics);
    // provider → month → violating amount of the clause's rules that month
    const months = new Map<string, Map<string, bigint>>();
    const mark = (providerId: string, month: string, amount: bigint) => {
      const byMonth = months.get(providerId) ?? new Map<string, bigint>();
      byMonth.set(month, (byMonth.get(month) ?? 0n) + amount);
      months.set(providerId, byMonth);
    };
    for (const r of rules) if (codes.has(r.ruleCode) && r.hits > 0) mark(r.providerId, r.month, r.amountFen);
    for (const b of breaches) if (metrics.has(b.metric)) mark(b.providerId, b.month, 0n);
    for (const byMonth of months.values()) {
      const sorted = [...byMonth.keys()].sort();
      sorted.forEach((month, i) => {
        const at = new Date(`${month}T00:00:00Z`);
        const earlier = sorted.slice(0, i).map((m) => new Date(`${m}T00:00:00Z`));
        const decision = ladderStep(clause.ladder!, at, earlier);
        const multiple = decision.step.multiple ? parseMultiple(decision.step.multiple) : null;
        const amount = multiple !== null ? multiplyFen(byMonth.get(month)!, multiple) : 0n;
        const key = `${clause.clauseNo}#${decision.stepNo}`;
        const entry = counts.get(key) ?? {
          clauseNo: clause.clauseNo,
          stepNo: decision.stepNo,
          measure: decision.step.measure,
          count: 0,
          amountFen: '0',
        };
        entry.count += 1;
        entry.amountFen = (BigInt(entry.amountFen) + amount).toString();
        counts.set(key, entry);
      });
    }
  }
  return [...counts.values()].sort((a, b) => a.clauseNo.localeCompare(b.clauseNo) || a.stepNo - b.stepNo);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const sumFen = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
