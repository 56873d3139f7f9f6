import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { hashPassword } from '../../auth/password.js';
import type { User } from '../../db/generated/prisma/client.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, notFound } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { invalidField, parseInput } from '../shared/input.js';
import { uuid, line } from '../shared/schemas.js';
import { ACCESS_ENTITY, ACCESS_EVENT } from './events.js';

/** Roles a person logs in with; machine identities are API clients (API_CLIENT_ROLES). */
export const USER_ROLES = ['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR', 'INSURER_VIEWER', 'PROVIDER_STAFF'] as const;
export const INSURER_ROLES: readonly string[] = ['INSURER_ADMIN', 'INSURER_AUDITOR', 'INSURER_VIEWER'];

export const createUserInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, '3–64 lowercase letters, digits, ".", "_" or "-"'),
  password: z.string().min(12, 'at least 12 characters').max(1000),
  displayName: line(200),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  role: z.enum(USER_ROLES),
  insurerId: uuid.nullish(),
  providerId: uuid.nullish(),
});
export type CreateUserInput = z.input<typeof createUserInput>;

/**
 * Creates a staff account. Insurer roles are bound to one insurer, provider staff to one
 * provider, platform admins to neither. An insurer admin creates accounts for its own insurer
 * and for providers registered with it only; only a platform admin creates platform admins.
 * The password is stored as a scrypt hash and never appears in the event.
 */
export async function createUser(ctx: CommandContext, raw: CreateUserInput): Promise<{ user: User; auditSeq: bigint }> {
  const { actor } = ctx;
  requireCapability(actor, 'manageAccess');
  const input = parseInput(createUserInput, raw);
  const insurerId = input.insurerId ?? null;
  const providerId = input.providerId ?? null;
  if (INSURER_ROLES.includes(input.role) && (!insurerId || providerId)) {
    throw invalidField(['insurerId'], 'an insurer role is bound to one insurer');
  }
  if (input.role === 'PROVIDER_STAFF' && (!providerId || insurerId)) {
    throw invalidField(['providerId'], 'provider staff are bound to one provider');
  }
  if (input.role === 'PLATFORM_ADMIN' && (insurerId || providerId)) {
    throw invalidField(['role'], 'a platform admin is bound to no insurer or provider');
  }
  if (actor.role !== 'PLATFORM_ADMIN' && input.role === 'PLATFORM_ADMIN') {
    throw invalidField(['role'], 'only a platform admin creates platform admins');
  }
  const passwordHash = await hashPassword(input.password);

  return inTransaction(ctx, async (tx) => {
    let tenantInsurer = insurerId;
    if (providerId) {
      const provider = await tx.provider.findUnique({ where: { id: providerId }, select: { insurerId: true } });
      if (!provider) throw notFound('Provider', providerId);
      tenantInsurer = provider.insurerId;
    } else if (insurerId && !(await tx.insurer.findUnique({ where: { id: insurerId }, select: { id: true } }))) {
      throw notFound('Insurer', insurerId);
    }
    if (actor.role !== 'PLATFORM_ADMIN' && tenantInsurer !== actor.insurerId) {
      throw notFound(providerId ? 'Provider' : 'Insurer', (providerId ?? insurerId)!);
    }
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new DomainError(
        'CONFLICT',
        { zh: `用户名 ${input.username} 已被使用`, en: `Username ${input.username} is taken` },
        { field: 'username' },
      );
    }
    const user = await tx.user.create({
      data: {
        username: input.username,
        passwordHash,
        displayName: input.displayName,
        locale: input.locale,
        role: input.role,
        insurerId,
        providerId,
      },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: ACCESS_EVENT.userCreated,
      entityType: ACCESS_ENTITY.user,
      entityId: user.id,
      data: { username: user.username, role: user.role, insurerId, providerId },
      actor,
      requestId: ctx.requestId,
      insurerId: tenantInsurer,
      providerId,
    });
    return { user, auditSeq: seq };
  });
}
