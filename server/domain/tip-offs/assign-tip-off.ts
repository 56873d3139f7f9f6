import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { entrustingInsurer } from '../../auth/tenant-filters.js';
import { inTransaction, readAsHub, type CommandContext } from '../transaction.js';
import { EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { addDays, isoDate } from '../shared/dates.js';
import { invalidField, parseInput } from '../shared/input.js';
import { date, expectedVersion, uuid } from '../shared/schemas.js';
import type { TipOffResult } from './receive-tip-off.js';
import { loadTipOffForStep, writeTipOffStep } from './step.js';
import { assignableStaff } from './assignees.js';

/** Days an investigation has by default (hub default; the seeds set no period). */
export const INVESTIGATION_DAYS = 60;

export const assignTipOffInput = z
  .object({
    id: uuid,
    expectedVersion,
    /** Agency staff (an admin or auditor of the insurer) … */
    assigneeUserId: uuid.nullish(),
    /** … or a partner the insurer entrusted with supervisory work. */
    assigneePartnerId: uuid.nullish(),
    investigationDueOn: date.nullish(),
  })
  .refine((i) => !!i.assigneeUserId !== !!i.assigneePartnerId, {
    path: ['assigneeUserId'],
    message: 'assign to exactly one: a staff member or a partner',
  });

/** RECEIVED (or INVESTIGATING, to reassign) → INVESTIGATING, with the assignee and a due date. */
export async function assignTipOff(
  ctx: CommandContext,
  raw: z.input<typeof assignTipOffInput>,
): Promise<TipOffResult> {
  requireCapability(ctx.actor, 'manageSupervision');
  const input = parseInput(assignTipOffInput, raw);
  const now = ctx.now ?? new Date();
  const due = input.investigationDueOn ?? addDays(agencyDay(now), INVESTIGATION_DAYS);
  if (due < agencyDay(now)) throw invalidField(['investigationDueOn'], 'must not be in the past');
  return inTransaction(ctx, async (tx) => {
    const tipOff = await loadTipOffForStep(
      tx,
      ctx.actor,
      input.id,
      ['RECEIVED', 'INVESTIGATING'],
      'ASSIGN',
      input.expectedVersion,
    );
    if (input.assigneeUserId) {
      // As the hub: the user table is readable by admins only, and auditors assign too
      // (the check is the fixed rule of who may investigate, not what the actor may list).
      const n = await readAsHub(tx, () =>
        tx.user.count({ where: { AND: [{ id: input.assigneeUserId! }, assignableStaff(tipOff.insurerId)] } }),
      );
      if (n === 0) throw invalidField(['assigneeUserId'], "not an admin or auditor of the tip-off's insurer");
    } else {
      const n = await tx.insurer.count({
        where: { AND: [{ id: tipOff.insurerId }, entrustingInsurer(input.assigneePartnerId!)] },
      });
      if (n === 0)
        throw invalidField(
          ['assigneePartnerId'],
          'not a partner this insurer entrusted with supervisory work',
        );
    }
    return writeTipOffStep(tx, {
      tipOff,
      expectedVersion: input.expectedVersion,
      patch: {
        status: 'INVESTIGATING',
        assigneeUserId: input.assigneeUserId ?? null,
        assigneePartnerId: input.assigneePartnerId ?? null,
        investigationDueOn: due,
      },
      event: EVENT.tipOffAssigned,
      actor: ctx.actor,
      requestId: ctx.requestId,
      data: {
        assigneeUserId: input.assigneeUserId ?? null,
        assigneePartnerId: input.assigneePartnerId ?? null,
        investigationDueOn: isoDate(due),
      },
    });
  });
}
