import type { Tx } from '../../db/database.js';
import type { Penalty, PenaltyMeasure } from '../../db/generated/prisma/client.js';
import type { Viewer } from '../../auth/viewer.js';
import { visible } from '../../auth/tenant-filters.js';
import { illegalTransition, notFound } from '../errors.js';
import { requireInsurer } from '../shared/actor.js';
import { invalidField } from '../shared/input.js';

/** Penalties whose measure a document or referral follows, in a state where it is decided. */
const DECIDED = ['ISSUED', 'UPHELD', 'REDUCED', 'EXECUTED', 'CLOSED'] as const;

export async function loadDecidedPenalty(
  tx: Tx,
  actor: Viewer,
  id: string,
  measures: readonly PenaltyMeasure[],
  action: string,
): Promise<Penalty & { agreement: { insurerId: string } }> {
  const penalty = await tx.penalty.findFirst({
    where: { AND: [{ id }, visible.penalty(actor)] },
    include: { agreement: { select: { insurerId: true } } },
  });
  if (!penalty) throw notFound('Penalty', id);
  requireInsurer(actor, penalty.agreement.insurerId, 'Penalty', penalty.id);
  if (!measures.includes(penalty.measure))
    throw invalidField(
      ['penaltyId'],
      `the penalty's measure ${penalty.measure} is not one of ${measures.join(', ')}`,
    );
  // An executed penalty under appeal stands until the decision (复议期间不停止执行): its notice
  // and referral may follow it as they would have before the appeal.
  const standing = penalty.status === 'APPEALED' && penalty.executedAt !== null;
  if (!standing && !(DECIDED as readonly string[]).includes(penalty.status))
    throw illegalTransition('Penalty', penalty.id, penalty.status, action);
  return penalty;
}
