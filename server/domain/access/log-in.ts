import { z } from 'zod';
import { db } from '../../db/database.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import { hashSessionToken, newCsrfToken, newSessionToken } from '../../auth/session-token.js';
import { systemViewer, type Viewer } from '../../auth/viewer.js';
import { AS_SYSTEM, inTransaction, type CommandContext } from '../transaction.js';
import { DomainError } from '../errors.js';
import { parseInput } from '../shared/input.js';
import { afterFailedLogin, isLocked } from './rules.js';
import { ACCESS_ENTITY, ACCESS_EVENT } from './events.js';

export const logInInput = z.object({
  username: z.string().trim().min(1, 'must not be empty').max(100),
  password: z.string().min(1, 'must not be empty').max(1000),
});
export type LogInInput = z.input<typeof logInInput>;

export interface LogInResult {
  /** The cookie value: returned to the HTTP layer only, never logged, stored only as a hash. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  viewer: Viewer;
  auditSeq: bigint;
}

/** Same answer for an unknown user, a wrong password and a disabled account: nothing to probe. */
function badCredentials(): DomainError {
  return new DomainError('UNAUTHENTICATED', { zh: '用户名或密码错误', en: 'Invalid username or password' });
}

// A real hash to verify against when the user does not exist, so both paths cost the same.
let dummyHash: Promise<string> | null = null;

/**
 * Password login for agency and provider staff. Five consecutive failures lock the account for
 * 15 minutes (rules.ts); the lock itself is an audit event, failures below it are only counted.
 */
export async function logIn(ctx: CommandContext & { sessionTtlHours: number }, raw: LogInInput): Promise<LogInResult> {
  const input = parseInput(logInInput, raw);
  const now = ctx.now ?? new Date();
  const user = await db().user.findUnique({ where: { username: input.username } });
  if (!user) {
    await verifyPassword(input.password, await (dummyHash ??= hashPassword('not a password')));
    throw badCredentials();
  }
  if (isLocked(user, now)) throw accountLocked(user.lockedUntil!);
  const ok = await verifyPassword(input.password, user.passwordHash);
  if (!ok || user.disabledAt) {
    if (!ok) await recordFailure(user.id, ctx, now);
    throw badCredentials();
  }

  const sessionToken = newSessionToken();
  const csrfToken = newCsrfToken();
  const expiresAt = new Date(now.getTime() + ctx.sessionTtlHours * 3_600_000);
  return inTransaction(AS_SYSTEM, async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } });
    const session = await tx.session.create({
      data: { userId: user.id, tokenHash: hashSessionToken(sessionToken), csrfToken, expiresAt },
    });
    const viewer: Viewer = {
      actorType: 'USER',
      actorId: user.id,
      name: user.displayName,
      role: user.role,
      insurerId: user.insurerId,
      partnerId: null,
      providerId: user.providerId,
      credentialId: session.id,
    };
    const event = await appendAuditEvent(tx, {
      type: ACCESS_EVENT.sessionStarted,
      entityType: ACCESS_ENTITY.session,
      entityId: session.id,
      data: { userId: user.id, username: user.username, role: user.role, expiresAt: expiresAt.toISOString() },
      actor: viewer,
      requestId: ctx.requestId,
      insurerId: user.insurerId,
      providerId: user.providerId,
    });
    return { sessionToken, csrfToken, expiresAt, viewer, auditSeq: event.seq };
  });
}

async function recordFailure(userId: string, ctx: CommandContext, now: Date): Promise<void> {
  const locked = await inTransaction(AS_SYSTEM, async (tx) => {
    // Incremented in the database so that parallel guesses are all counted.
    const counted = await tx.user.update({ where: { id: userId }, data: { failedLoginCount: { increment: 1 } } });
    const next = afterFailedLogin(counted.failedLoginCount, now);
    if (!next.lockedUntil) return null;
    await tx.user.update({ where: { id: userId }, data: next });
    await appendAuditEvent(tx, {
      type: ACCESS_EVENT.userLockedOut,
      entityType: ACCESS_ENTITY.user,
      entityId: userId,
      data: { lockedUntil: next.lockedUntil.toISOString() },
      actor: systemViewer,
      requestId: ctx.requestId,
      insurerId: counted.insurerId,
      providerId: counted.providerId,
    });
    return next.lockedUntil;
  });
  if (locked) throw accountLocked(locked);
}

function accountLocked(until: Date): DomainError {
  const at = until.toISOString();
  return new DomainError(
    'ACCOUNT_LOCKED',
    { zh: `连续登录失败次数过多，账户已锁定至 ${at}`, en: `Too many failed logins; the account is locked until ${at}` },
    { lockedUntil: at },
  );
}
