import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { IndicatorMetric } from '../../db/generated/prisma/enums.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError } from '../errors.js';
import { checkVersion } from '../shared/versioning.js';
import { requireCapability } from '../shared/actor.js';

import { parseInput } from '../shared/input.js';
import { date, expectedVersion, optionalText, text, uuid, line, code } from '../shared/schemas.js';
import { clauseInput, createVersion, indicatorInput } from './terms.js';
import { applyTransition, loadAgreementForWrite, requireTransition, type AgreementResult } from './transition.js';
import { assertPublishedTemplate } from './template-choice.js';

export const amendAgreementInput = z.object({
  id: uuid,
  expectedVersion,
  /** Why the terms change (e.g. the insurer's new template, S2 (docs/domain/sources.md)'s re-signing of 585 agreements). */
  changeNote: text(2000),
  effectiveFrom: date.nullish(),
  templateCode: code(64).nullish(),
  templateVersion: line(32).nullish(),
  /** Clauses added or replaced (by clauseNo). */
  clauses: z.array(clauseInput).max(500).default([]),
  removeClauseNos: z.array(line(32)).max(500).default([]),
  /** Indicators added or replaced (by metric). */
  indicators: z.array(indicatorInput).max(50).default([]),
  removeIndicatorMetrics: z.array(z.enum(IndicatorMetric)).max(50).default([]),
  reason: optionalText(2000),
});

/**
 * Amends an ACTIVE, SIGNED or SUSPENDED agreement by writing version n+1: the current
 * version's clauses and indicators with the given changes applied. Version n is untouched
 * and stays readable; `currentVersionNo` moves to n+1.
 */
export async function amendAgreement(
  ctx: CommandContext,
  raw: z.input<typeof amendAgreementInput>,
): Promise<AgreementResult> {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(amendAgreementInput, raw);
  const now = ctx.now ?? new Date();
  const changes =
    input.clauses.length +
    input.removeClauseNos.length +
    input.indicators.length +
    input.removeIndicatorMetrics.length;
  if (changes === 0 && !input.templateCode && !input.templateVersion) {
    throw new InputError([
      {
        path: ['input', 'clauses'],
        message: 'an amendment changes at least one clause, indicator or the template',
      },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const agreement = await loadAgreementForWrite(tx, ctx.actor, input.id);
    // Checked before writing version n+1 so a stale or illegal amendment fails with its own code.
    requireTransition(agreement, 'AMEND');
    checkVersion('Agreement', agreement, input.expectedVersion);
    const current = await tx.agreementVersion.findUniqueOrThrow({
      where: { agreementId_versionNo: { agreementId: agreement.id, versionNo: agreement.currentVersionNo } },
      include: { clauses: true, indicators: true },
    });
    const clauseNos = new Set(current.clauses.map((c) => c.clauseNo));
    const unknownClause = input.removeClauseNos.findIndex((no) => !clauseNos.has(no));
    if (unknownClause >= 0) {
      throw new InputError([
        {
          path: ['input', 'removeClauseNos', unknownClause],
          message: 'no such clause in the current version',
        },
      ]);
    }
    const replaced = new Set([...input.removeClauseNos, ...input.clauses.map((c) => c.clauseNo)]);
    const clauses = [
      ...current.clauses
        .filter((c) => !replaced.has(c.clauseNo))
        .map(({ clauseNo, titleZh, titleEn, bodyZh, bodyEn }) => ({
          clauseNo,
          titleZh,
          titleEn,
          bodyZh,
          bodyEn,
        })),
      ...input.clauses,
    ];
    const replacedMetrics = new Set([
      ...input.removeIndicatorMetrics,
      ...input.indicators.map((i) => i.metric),
    ]);
    const indicators = [
      ...current.indicators
        .filter((i) => !replacedMetrics.has(i.metric))
        .map(({ metric, comparator, threshold, unit, breachMeasure }) => ({
          metric,
          comparator,
          threshold: threshold.toString(),
          unit,
          breachMeasure,
        })),
      ...input.indicators,
    ];
    // Moving to another template (re-signing on the insurer's new one) names a published one.
    if (input.templateCode || input.templateVersion)
      await assertPublishedTemplate(tx, {
        insurerId: agreement.insurerId,
        kind: agreement.kind,
        templateCode: input.templateCode ?? current.templateCode,
        templateVersion: input.templateVersion ?? current.templateVersion,
      });
    const versionNo = agreement.currentVersionNo + 1;
    const effectiveFrom = input.effectiveFrom ?? agencyDay(now);
    await createVersion(tx, {
      agreementId: agreement.id,
      versionNo,
      templateCode: input.templateCode ?? current.templateCode,
      templateVersion: input.templateVersion ?? current.templateVersion,
      changeNote: input.changeNote,
      effectiveFrom,
      clauses,
      indicators,
    });
    return applyTransition(tx, {
      agreement,
      action: 'AMEND',
      reason: input.reason ?? input.changeNote,
      effectiveOn: effectiveFrom,
      today: now,
      actor: ctx.actor,
      requestId: ctx.requestId,
      expectedVersion: input.expectedVersion,
      patch: { currentVersionNo: versionNo },
      data: {
        versionNo,
        previousVersionNo: current.versionNo,
        changedClauses: input.clauses.map((c) => c.clauseNo),
        removedClauses: input.removeClauseNos,
        changedIndicators: input.indicators.map((i) => i.metric),
        removedIndicators: input.removeIndicatorMetrics,
      },
    });
  });
}
