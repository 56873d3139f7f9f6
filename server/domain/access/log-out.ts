import { appendAuditEvent } from '../../audit/append-event.js';
import { announceRevocation, credentialRevoked } from '../../auth/revocation.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { ACCESS_ENTITY, ACCESS_EVENT } from './events.js';

/**
 * Ends the caller's session: revoked in the database (the cookie alone then opens nothing)
 * and any socket opened with it is closed. Null when the caller holds no session (API keys
 * are revoked with revokeApiKey instead).
 */
export async function logOut(ctx: CommandContext): Promise<{ auditSeq: bigint } | null> {
  const { actor } = ctx;
  if (actor.actorType !== 'USER' || !actor.credentialId) return null;
  const sessionId = actor.credentialId;
  const now = ctx.now ?? new Date();
  const result = await inTransaction(ctx, async (tx) => {
    const ended = await tx.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
    if (ended.count === 0) return null;
    await announceRevocation(tx, sessionId);
    const event = await appendAuditEvent(tx, {
      type: ACCESS_EVENT.sessionEnded,
      entityType: ACCESS_ENTITY.session,
      entityId: sessionId,
      data: { userId: actor.actorId },
      actor,
      requestId: ctx.requestId,
      insurerId: actor.insurerId,
      providerId: actor.providerId,
    });
    return { auditSeq: event.seq };
  });
  if (result) credentialRevoked(sessionId);
  return result;
}
