import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { credentialRevoked } from '../../auth/revocation.js';
import type { User } from '../../db/generated/prisma/client.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { optionalText, uuid } from '../shared/schemas.js';
import { endUserSockets, manageableUser, userEvent } from './managed-user.js';
import { ACCESS_EVENT } from './events.js';

export const userStatusInput = z.object({ id: uuid, reason: optionalText(500) });
export type UserStatusInput = z.input<typeof userStatusInput>;

type Result = { user: User; auditSeq: bigint };

/**
 * Disables a staff account (someone left, a password leaked): the user cannot log in, every
 * session of it is revoked (HTTP refuses the cookie from the next request on) and every socket
 * opened with one closes, in this process right after commit and in the other replicas on the
 * NOTIFY — the path a revoked API key takes. Already disabled: CONFLICT without an event.
 */
export async function disableUser(ctx: CommandContext, raw: UserStatusInput): Promise<Result> {
  requireCapability(ctx.actor, 'manageAccess');
  const input = parseInput(userStatusInput, raw);
  const now = ctx.now ?? new Date();
  const { result, sessionIds } = await inTransaction(ctx, async (tx) => {
    const managed = await manageableUser(tx, ctx, input.id, { zh: '停用', en: 'disable' });
    if (managed.user.disabledAt) {
      throw new DomainError('CONFLICT', { zh: '该用户已停用', en: 'The user is already disabled' }, { id: input.id });
    }
    const user = await tx.user.update({ where: { id: input.id }, data: { disabledAt: now } });
    const sessionIds = await endUserSockets(tx, user.id, now, { revoke: true });
    const data = { sessions: sessionIds.length, reason: input.reason ?? null };
    const event = await appendAuditEvent(tx, userEvent(ctx, ACCESS_EVENT.userDisabled, { ...managed, user }, data));
    return { result: { user, auditSeq: event.seq }, sessionIds };
  });
  for (const id of sessionIds) credentialRevoked(id);
  return result;
}

/**
 * Enables a disabled account again. Its old sessions stay revoked: the user logs in anew. A
 * failed-login lock is cleared too (the admin vouches for the person). Not disabled: CONFLICT.
 */
export async function enableUser(ctx: CommandContext, raw: UserStatusInput): Promise<Result> {
  requireCapability(ctx.actor, 'manageAccess');
  const input = parseInput(userStatusInput, raw);
  return inTransaction(ctx, async (tx) => {
    const managed = await manageableUser(tx, ctx, input.id, { zh: '启用', en: 'enable' });
    const { disabledAt } = managed.user;
    if (!disabledAt) {
      throw new DomainError('CONFLICT', { zh: '该用户未停用', en: 'The user is not disabled' }, { id: input.id });
    }
    const user = await tx.user.update({ where: { id: input.id }, data: { disabledAt: null, failedLoginCount: 0, lockedUntil: null } });
    const data = { disabledAt: disabledAt.toISOString(), reason: input.reason ?? null };
    const event = await appendAuditEvent(tx, userEvent(ctx, ACCESS_EVENT.userEnabled, { ...managed, user }, data));
    return { user, auditSeq: event.seq };
  });
}
