import { announceRevocation } from '../../auth/revocation.js';
import { visible } from '../../auth/tenant-filters.js';
import type { Tx } from '../../db/database.js';
import type { User } from '../../db/generated/prisma/client.js';
import type { CommandContext } from '../transaction.js';
import { DomainError, notFound } from '../errors.js';
import { ACCESS_ENTITY } from './events.js';

/**
 * A staff account the actor manages (users.ts policy: the platform admin all, an insurer admin
 * its insurer's and its providers' staff); another tenant's account answers NOT_FOUND. An
 * admin never disables or re-roles their own account: the last admin of an insurer could lock
 * everyone out, and a change of one's own rights is for another admin to make and record.
 */
export async function manageableUser(tx: Tx, ctx: CommandContext, id: string, action: { zh: string; en: string }): Promise<ManagedUser> {
  const found = await tx.user.findFirst({
    where: { AND: [{ id }, visible.user(ctx.actor)] },
    include: { provider: { select: { insurerId: true } } },
  });
  if (!found) throw notFound('User', id);
  const { provider, ...user } = found;
  if (ctx.actor.actorType === 'USER' && ctx.actor.actorId === user.id) {
    throw new DomainError(
      'FORBIDDEN',
      { zh: `不能对自己的账户执行此操作（${action.zh}），请由另一位管理员操作`, en: `You cannot ${action.en} your own account; another admin must` },
      { id },
    );
  }
  return { user, tenantInsurerId: user.insurerId ?? provider?.insurerId ?? null };
}

/** The account, and the insurer whose audit trail its events join (a provider's, for its staff). */
export interface ManagedUser {
  user: User;
  tenantInsurerId: string | null;
}

/** The audit event of a change to an account: its name, role and tenant, never its password. */
export function userEvent(ctx: CommandContext, type: string, managed: ManagedUser, extra: Record<string, unknown>) {
  const { user } = managed;
  return {
    type,
    entityType: ACCESS_ENTITY.user,
    entityId: user.id,
    data: { username: user.username, role: user.role, ...extra },
    actor: ctx.actor,
    requestId: ctx.requestId,
    insurerId: managed.tenantInsurerId,
    providerId: user.providerId,
  };
}

/**
 * Inside the command's transaction: the user's live sessions (not revoked, not expired) are
 * announced on the revocation channel, so every socket opened with one of them closes, here
 * after commit and in the other replicas on the NOTIFY; with `revoke` they also stop working
 * for HTTP. Returns their ids for `credentialRevoked` after commit.
 */
export async function endUserSockets(tx: Tx, userId: string, now: Date, options: { revoke: boolean }): Promise<string[]> {
  const live = { userId, revokedAt: null, expiresAt: { gt: now } };
  const sessions = await tx.session.findMany({ where: live, select: { id: true } });
  if (options.revoke && sessions.length > 0) {
    await tx.session.updateMany({ where: { id: { in: sessions.map((s) => s.id) } }, data: { revokedAt: now } });
  }
  for (const session of sessions) await announceRevocation(tx, session.id);
  return sessions.map((s) => s.id);
}
