import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import type { Tx } from '../../db/database.js';
import type { Agreement, Finding } from '../../db/generated/prisma/client.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError, illegalTransition, notFound } from '../errors.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { addDays, isoDate } from '../shared/dates.js';
import { parseInput } from '../shared/input.js';
import { optionalText, uuid, line } from '../shared/schemas.js';
import { writeProposal } from '../penalties/propose-penalty.js';
import { NOT_OVERTURNED_ON_APPEAL } from '../penalties/rules.js';
import { workingLastDay } from '../calendar/load-calendar.js';
import type { PenaltyResult } from '../penalties/step.js';
import { readClauses, type TemplateClause } from './document.js';
import { ladderStep } from './ladder.js';
import { clauseFor } from './agreement-clauses.js';

export const proposeLadderPenaltyInput = z.object({
  findingId: uuid,
  /** The clause breached; when omitted, the clause whose rules include the finding's rule hit. */
  clauseNo: line(32).nullish(),
  legalBasis: optionalText(2000),
});

/** Days a ladder's rectification step gives the provider (the templates give no number; the hub's choice). */
export const LADDER_RECTIFICATION_DAYS = 30;

/**
 * The due date of a rectification the hub proposes: LADDER_RECTIFICATION_DAYS after today, moved
 * to the next working day on the insurer's calendar when that day is a holiday or weekend
 * (calendar/rules.ts: a period of days ends on a working day).
 */
export function ladderRectificationDue(tx: Tx, insurerId: string, now: Date): Promise<Date> {
  return workingLastDay(tx, insurerId, addDays(agencyDay(now), LADDER_RECTIFICATION_DAYS));
}

/** Penalties that count as confirmed earlier breaches: everything not overturned on appeal (nor closed after it). */
const COUNTED = ['PROPOSED', 'ISSUED', 'APPEALED', 'UPHELD', 'REDUCED', 'EXECUTED', 'CLOSED'] as const;

/**
 * Proposes the penalty a clause's ladder prescribes for a confirmed breach
 * (docs/domain/measures.md "Escalation"): the agreement's current version names its template;
 * the template's clause (given, or found from the finding's rule) has the ladder; the
 * provider's earlier penalties on the same clause within the ladder's window choose the step.
 * The penalty records the clause and step, and its event the history that led to it; the
 * ordinary penalty workflow takes it from there.
 */
export async function proposeLadderPenalty(
  ctx: CommandContext,
  raw: z.input<typeof proposeLadderPenaltyInput>,
): Promise<PenaltyResult> {
  requireCapability(ctx.actor, 'proposePenalties');
  const input = parseInput(proposeLadderPenaltyInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const finding = await tx.finding.findFirst({
      where: { AND: [{ id: input.findingId }, visible.finding(ctx.actor)] },
      include: { agreement: true },
    });
    if (!finding) throw notFound('Finding', input.findingId);
    requireInsurer(ctx.actor, finding.agreement.insurerId, 'Finding', finding.id);
    if (finding.status !== 'OPEN' && finding.status !== 'PENALISED') {
      throw illegalTransition('Finding', finding.id, finding.status, 'PROPOSE_PENALTY');
    }
    const { code, clause } = await breachedClause(tx, finding, input.clauseNo ?? null);
    if (!clause.ladder) throw noLadder(`${code} §${clause.clauseNo}`);
    return writeLadderPenalty(tx, ctx, finding, { code, clause }, input.legalBasis ?? null, now);
  });
}

/**
 * The ladder step of a clause for this finding, written as a proposal: the provider's earlier
 * penalties on the same clause within the ladder's window choose the step. Used by
 * proposeLadderPenalty and by confirming a rule hit whose rule or indicator a laddered
 * clause links (monitoring/confirm-rule-hits.ts), in the caller's transaction.
 */
export async function writeLadderPenalty(
  tx: Tx,
  ctx: CommandContext,
  finding: Finding & { agreement: Agreement },
  { code, clause }: { code: string; clause: TemplateClause },
  legalBasis: string | null,
  now: Date,
): Promise<PenaltyResult> {
  const ladder = clause.ladder!;
  const key = `${code}§${clause.clauseNo}`;
  const earlier = await tx.penalty.findMany({
    where: {
      providerId: finding.providerId,
      ladderKey: key,
      status: { in: [...COUNTED] },
      ...NOT_OVERTURNED_ON_APPEAL,
      findingId: { not: finding.id },
    },
    select: { finding: { select: { foundOn: true } } },
  });
  const decision = ladderStep(
    ladder,
    finding.foundOn,
    earlier.map((p) => p.finding.foundOn),
  );
  return writeProposal(
    tx,
    ctx,
    finding,
    {
      findingId: finding.id,
      measure: decision.step.measure,
      multiple: decision.step.multiple ?? null,
      durationMonths: decision.step.durationMonths ?? null,
      rectificationDueOn:
        decision.step.measure === 'RECTIFICATION' ? await ladderRectificationDue(tx, finding.agreement.insurerId, now) : null,
      legalBasis: legalBasis ?? `${clause.titleZh}（协议第 ${clause.clauseNo} 条）`,
      clauseRef: `${code} §${clause.clauseNo}`,
      ladder: {
        key,
        stepNo: decision.stepNo,
        history: decision.history.map(isoDate),
        windowMonths: ladder.windowMonths,
        windowStart: isoDate(decision.windowStart),
      },
    },
    now,
  );
}

/** The template clause a finding breaches, from the agreement's current version and template. */
async function breachedClause(
  tx: Tx,
  finding: Finding & { agreement: Agreement },
  clauseNo: string | null,
): Promise<{ code: string; clause: TemplateClause }> {
  const version = await tx.agreementVersion.findUniqueOrThrow({
    where: {
      agreementId_versionNo: {
        agreementId: finding.agreementId,
        versionNo: finding.agreement.currentVersionNo,
      },
    },
  });
  const versionNo = Number.parseInt(version.templateVersion, 10);
  const template = Number.isSafeInteger(versionNo)
    ? await tx.agreementTemplate.findUnique({
        where: {
          insurerId_code_versionNo: {
            insurerId: finding.agreement.insurerId,
            code: version.templateCode,
            versionNo,
          },
        },
      })
    : null;
  if (!template) throw noLadder(`${version.templateCode} ${version.templateVersion}`);
  const clauses = readClauses(template.clauses);
  if (clauseNo) {
    const clause = clauses.find((c) => c.clauseNo === clauseNo);
    if (!clause) throw noLadder(`${template.code} §${clauseNo}`);
    return { code: template.code, clause };
  }
  const hits = await tx.ruleHit.findMany({
    where: { findingId: finding.id },
    select: { indicatorMetric: true, rule: { select: { code: true } } },
  });
  const link = {
    ruleCodes: hits.map((h) => h.rule.code),
    metrics: hits.flatMap((h) => (h.indicatorMetric ? [h.indicatorMetric] : [])),
  };
  // A laddered clause first: a hit may also be linked from a clause that only describes it.
  const clause = clauseFor(clauses, link, true) ?? clauseFor(clauses, link);
  if (!clause) throw noLadder(`${template.code}: no clause covers the finding's rules`);
  return { code: template.code, clause };
}

function noLadder(what: string): InputError {
  return new InputError([{ path: ['input', 'clauseNo'], message: 'no penalty ladder applies' }], {
    zh: `协议模板中没有适用的处理阶梯（${what}）`,
    en: `The agreement's template has no applicable penalty ladder (${what})`,
  });
}
