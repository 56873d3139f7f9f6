import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { requireCapability } from '../shared/actor.js';

import { parseInput } from '../shared/input.js';
import { expectedVersion, optionalText, uuid } from '../shared/schemas.js';
import { InputError } from '../errors.js';
import { endedTermIssues } from './rules.js';
import { assertSignableTemplate } from './template-choice.js';
import { applyTransition, loadAgreementForWrite, type AgreementResult } from './transition.js';

export const signAgreementInput = z.object({
  id: uuid,
  expectedVersion,
  reason: optionalText(2000),
});

/**
 * Signs a draft (签订): ACTIVE when the term has started, SIGNED until it does; a term already
 * over is refused on `endsOn` (rules.ts endedTermIssues). The draft's template must be a
 * published template of its kind (template-choice.ts).
 */
export async function signAgreement(
  ctx: CommandContext,
  raw: z.input<typeof signAgreementInput>,
): Promise<AgreementResult> {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(signAgreementInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const agreement = await loadAgreementForWrite(tx, ctx.actor, input.id);
    // Only a draft is signed (applyTransition refuses the rest); its term must not be over and
    // its template must be published.
    if (agreement.status === 'DRAFT') {
      const issues = endedTermIssues(agreement.endsOn, agencyDay(now));
      if (issues.length > 0) throw new InputError(issues);
      await assertSignableTemplate(tx, agreement);
    }
    return applyTransition(tx, {
      agreement,
      action: 'SIGN',
      reason: input.reason ?? 'signed',
      effectiveOn: agencyDay(now),
      today: now,
      actor: ctx.actor,
      requestId: ctx.requestId,
      expectedVersion: input.expectedVersion,
      patch: { signedAt: now },
    });
  });
}
