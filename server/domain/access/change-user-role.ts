import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { credentialRevoked } from '../../auth/revocation.js';
import type { User } from '../../db/generated/prisma/client.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, InputError } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { optionalText, uuid } from '../shared/schemas.js';
import { INSURER_ROLES, USER_ROLES } from './create-user.js';
import { endUserSockets, manageableUser, userEvent } from './managed-user.js';
import { ACCESS_EVENT } from './events.js';

export const changeUserRoleInput = z.object({ id: uuid, role: z.enum(USER_ROLES), reason: optionalText(500) });
export type ChangeUserRoleInput = z.input<typeof changeUserRoleInput>;

/**
 * Gives a staff account another role of the same binding: an insurer's admin, auditor or
 * viewer becomes another of the three for the same insurer (provider staff and platform admins
 * have one role each; moving an account to another insurer or provider is a new account).
 * HTTP requests read the role with every request; a socket holds the viewer it was opened
 * with, so each socket of the user closes (here after commit, in the other replicas on the
 * NOTIFY) and the client reconnects with the new role. The sessions themselves stay valid.
 */
export async function changeUserRole(ctx: CommandContext, raw: ChangeUserRoleInput): Promise<{ user: User; auditSeq: bigint }> {
  requireCapability(ctx.actor, 'manageAccess');
  const input = parseInput(changeUserRoleInput, raw);
  const now = ctx.now ?? new Date();
  const { result, sessionIds } = await inTransaction(ctx, async (tx) => {
    const managed = await manageableUser(tx, ctx, input.id, { zh: '变更角色', en: 'change the role of' });
    const previous = managed.user.role;
    if (previous === input.role) {
      throw new DomainError('CONFLICT', { zh: '该用户已是此角色', en: 'The user already holds this role' }, { id: input.id, role: input.role });
    }
    if (!INSURER_ROLES.includes(previous) || !INSURER_ROLES.includes(input.role)) {
      throw new InputError([
        {
          path: ['input', 'role'],
          message: 'only an insurer admin, auditor or viewer changes to another of the three; another binding is another account',
          messageZh: '只能在经办机构管理员、稽核员、查看员之间变更；绑定其他机构或定点机构请新建账户',
        },
      ]);
    }
    const user = await tx.user.update({ where: { id: input.id }, data: { role: input.role } });
    const sessionIds = await endUserSockets(tx, user.id, now, { revoke: false });
    const data = { previousRole: previous, sessions: sessionIds.length, reason: input.reason ?? null };
    const event = await appendAuditEvent(tx, userEvent(ctx, ACCESS_EVENT.userRoleChanged, { ...managed, user }, data));
    return { result: { user, auditSeq: event.seq }, sessionIds };
  });
  for (const id of sessionIds) credentialRevoked(id);
  return result;
}
