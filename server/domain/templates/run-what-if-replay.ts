import type { AgreementTemplate } from '../../db/generated/prisma/client.js';
import type { Comparator, IndicatorMetric } from '../../db/generated/prisma/enums.js';
import { db } from '../../db/database.js';
import { systemViewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { AS_SYSTEM, inTransaction } from '../transaction.js';
import { DomainError } from '../errors.js';
import { isoDate } from '../shared/dates.js';
import { activeRules } from '../monitoring/active-rules.js';
import type { LoadedRule } from '../monitoring/rule-sql.js';
import { readClauses, readIndicators, type TemplateClause } from './document.js';
import { TEMPLATE_ENTITY, TEMPLATE_EVENT } from './events.js';
import { CLAIM_METRICS } from './indicators.js';
import { judgeAgreementMonth } from './indicator-periods.js';
import { monthAggregates } from './month-aggregates.js';
import { replayReport, type IndicatorBreach, type SideInput } from './replay-report.js';
import { replayRules } from './replay-rules.js';

type Limits = Map<IndicatorMetric, { comparator: Comparator; threshold: string }>;

/**
 * The replay reads a period of claims twice over (rules and indicators) and writes nothing: one
 * consistent snapshot for both sides, and no 30-second command limit — a year of claims of a
 * large insurer takes minutes (README "Benchmarks", bench/templates.ts).
 */
const REPLAY_READ = { maxWait: 10_000, timeout: 60 * 60_000, isolationLevel: 'RepeatableRead' } as const;

/**
 * Runs a queued what-if replay: the insurer's after-the-fact rules and every agreement's
 * indicators over the period, once as in force and once with the draft (template indicators
 * and ladders for agreements of its kind, tuned rule parameters), then stores the comparison.
 * Reads only; the one write besides the report is its completion event. Safe to run again
 * (a second run of a finished replay does nothing).
 */
export async function runWhatIfReplay(replayId: string, now: () => Date = () => new Date()): Promise<void> {
  const claimed = await db().whatIfReplay.updateMany({
    where: { id: replayId, status: { in: ['QUEUED', 'RUNNING'] } },
    data: { status: 'RUNNING', startedAt: now() },
  });
  if (claimed.count === 0) return;
  const replay = await db().whatIfReplay.findUniqueOrThrow({
    where: { id: replayId },
    include: { template: true },
  });
  try {
    const report = await db().$transaction(async (tx) => {
      const rules = await activeRules(tx, replay.insurerId, 'AFTER');
      const tuned = tuneRules(rules, replay.ruleParameters as Record<string, Record<string, unknown>>);
      const months = await monthAggregates(tx, replay.insurerId, replay.periodFrom, replay.periodTo);
      const agreements = await tx.agreement.findMany({
        where: { id: { in: [...new Set(months.map((m) => m.agreementId))] } },
        select: {
          id: true,
          kind: true,
          currentVersionNo: true,
          versions: {
            select: { versionNo: true, templateCode: true, templateVersion: true, indicators: true },
          },
        },
      });
      const current = new Map(
        agreements.map((a) => [a.id, a.versions.find((v) => v.versionNo === a.currentVersionNo)]),
      );
      const draft = replay.template;
      const inScope = new Set(agreements.filter((a) => !draft || a.kind === draft.kind).map((a) => a.id));
      const draftLimits: Limits | null = draft
        ? new Map(
            readIndicators(draft.indicators).map((i) => [
              i.metric,
              { comparator: i.comparator, threshold: i.threshold },
            ]),
          )
        : null;
      const baselineLimits = (agreementId: string): Limits =>
        new Map(
          (current.get(agreementId)?.indicators ?? []).map((i) => [
            i.metric,
            { comparator: i.comparator, threshold: i.threshold.toString() },
          ]),
        );
      const breachesWith = (limitsOf: (agreementId: string) => Limits): IndicatorBreach[] =>
        months.flatMap((m) => {
          const limits = limitsOf(m.agreementId);
          return CLAIM_METRICS.filter(
            // The replayed period is over; a quarterly indicator is judged at its quarter's end.
            (metric) => judgeAgreementMonth(metric, m, true, limits.get(metric))?.breached ?? false,
          ).map((metric) => ({ providerId: m.providerId, month: isoDate(m.month), metric }));
        });
      const baselineClauses = draft ? await inForceClauses(tx, draft) : [];
      const baseline: SideInput = {
        rules: await replayRules(tx, replay.insurerId, replay.periodFrom, replay.periodTo, rules),
        breaches: breachesWith(baselineLimits),
        clauses: baselineClauses,
      };
      const candidate: SideInput = {
        rules:
          tuned === rules
            ? baseline.rules
            : await replayRules(tx, replay.insurerId, replay.periodFrom, replay.periodTo, tuned),
        breaches: breachesWith((id) => (draftLimits && inScope.has(id) ? draftLimits : baselineLimits(id))),
        clauses: draft ? readClauses(draft.clauses) : baselineClauses,
      };
      return replayReport(baseline, candidate);
    }, REPLAY_READ);
    await inTransaction(AS_SYSTEM, async (tx) => {
      await tx.whatIfReplay.update({
        where: { id: replayId },
        data: { status: 'COMPLETED', result: report as never, finishedAt: now() },
      });
      await appendAuditEvent(tx, {
        type: TEMPLATE_EVENT.replayCompleted,
        entityType: TEMPLATE_ENTITY.replay,
        entityId: replayId,
        actor: systemViewer,
        insurerId: replay.insurerId,
        data: { baselineHits: report.totals.baseline.hits, candidateHits: report.totals.candidate.hits },
      });
    });
  } catch (error) {
    await db().whatIfReplay.update({
      where: { id: replayId },
      data: {
        status: 'FAILED',
        error: replayFailureText(error),
        finishedAt: now(),
      },
    });
    throw error;
  }
}

/** The rules with the replay's parameters laid over each rule's tuned ones (same list when none). */
function tuneRules(rules: LoadedRule[], overrides: Record<string, Record<string, unknown>>): LoadedRule[] {
  if (Object.keys(overrides).length === 0) return rules;
  return rules.map((r) =>
    overrides[r.row.code] ? { ...r, parameters: { ...r.parameters, ...overrides[r.row.code] } } : r,
  );
}

/** The clauses of the version in force of the draft's code (none before the first publication). */
async function inForceClauses(
  tx: Parameters<Parameters<typeof inTransaction>[1]>[0],
  draft: AgreementTemplate,
) {
  const published = await tx.agreementTemplate.findFirst({
    where: { insurerId: draft.insurerId, code: draft.code, status: 'PUBLISHED', id: { not: draft.id } },
  });
  return published ? readClauses(published.clauses) : ([] as TemplateClause[]);
}

/**
 * What a failed replay shows its readers (`WhatIfReplay.error`, read by the insurer's staff):
 * a typed error's message in both languages, and for anything else a fixed sentence. The raw
 * message of an unexpected error (a database driver's, with SQL, table and file names) is for
 * the server log only — the job runner logs it with the job — never for an API answer.
 */
export function replayFailureText(error: unknown): string {
  if (error instanceof DomainError) return `${error.messageZh} / ${error.message}`.slice(0, 2000);
  return '预演因内部错误失败，请联系平台运维（详见服务器日志） / The replay failed with an internal error; the server log has the details';
}
