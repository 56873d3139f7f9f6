import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { disableUser, enableUser } from '../../server/domain/access/user-status.js';
import { changeUserRole } from '../../server/domain/access/change-user-role.js';
import type { Context } from '../../server/context.js';
import { User, UserRole, userPayload } from './user.js';

/**
 * Changes to a staff account after its creation: disabling (its sessions end, its sockets
 * close), enabling again, and another role of the same binding (its sockets close so they
 * reconnect with it). An admin never changes their own account.
 */
const REASON = 'Why (kept in the audit event), up to 500 characters.';

const userStatusInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      id: t.globalID({ for: User }),
      reason: t.string({ required: false, description: REASON }),
    }),
  });

const ChangeUserRoleInput = builder.inputType('ChangeUserRoleInput', {
  fields: (t) => ({
    id: t.globalID({ for: User }),
    role: t.field({ type: UserRole, description: 'An insurer admin, auditor or viewer becomes another of the three.' }),
    reason: t.string({ required: false, description: REASON }),
  }),
});

const command = (ctx: Context) => ({ actor: ctx.viewer, requestId: ctx.requestId });

builder.mutationFields((t) => ({
  disableUser: t.field({
    type: userPayload('DisableUserPayload'),
    authScopes: { roles: CAN.manageAccess },
    description: 'Stops an account: it cannot log in, its sessions are revoked and their sockets close.',
    args: { input: t.arg({ type: userStatusInput('DisableUserInput') }) },
    resolve: async (_root, { input }, ctx) => {
      const { user, auditSeq } = await disableUser(command(ctx), { id: input.id.id, reason: input.reason ?? null });
      return { userId: user.id, auditSeq };
    },
  }),
  enableUser: t.field({
    type: userPayload('EnableUserPayload'),
    authScopes: { roles: CAN.manageAccess },
    description: 'Lets a disabled account log in again (its old sessions stay ended).',
    args: { input: t.arg({ type: userStatusInput('EnableUserInput') }) },
    resolve: async (_root, { input }, ctx) => {
      const { user, auditSeq } = await enableUser(command(ctx), { id: input.id.id, reason: input.reason ?? null });
      return { userId: user.id, auditSeq };
    },
  }),
  changeUserRole: t.field({
    type: userPayload('ChangeUserRolePayload'),
    authScopes: { roles: CAN.manageAccess },
    description: 'Gives an account another role of the same binding; its open sockets close and reconnect with it.',
    args: { input: t.arg({ type: ChangeUserRoleInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { user, auditSeq } = await changeUserRole(command(ctx), { id: input.id.id, role: input.role, reason: input.reason ?? null });
      return { userId: user.id, auditSeq };
    },
  }),
}));
