import { z } from 'zod';
import type { TipOff } from '../../db/generated/prisma/client.js';
import { TipOffChannel } from '../../db/generated/prisma/enums.js';
import { Prisma } from '../../db/generated/prisma/client.js';
import { insertWithEvent } from '../../audit/append-event.js';
import { uuidv7 } from '../../db/uuid7.js';
import { isForeignKeyViolation } from '../../db/connection-errors.js';
import { visible } from '../../auth/tenant-filters.js';
import { statementAs, type CommandContext } from '../transaction.js';
import { InputError, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { newNumber } from '../shared/numbers.js';
import { text, uuid, optionalLine } from '../shared/schemas.js';

export const receiveTipOffInput = z.object({
  /** Required for the platform admin; agency staff receive for their own insurer. */
  insurerId: uuid.nullish(),
  providerId: uuid.nullish(),
  channel: z.enum(TipOffChannel),
  summary: text(10_000),
  reporterContact: optionalLine(500),
});

export interface TipOffResult {
  tipOff: TipOff;
  auditSeq: bigint;
}

/**
 * Registers a public tip-off (举报). Reporters are protected: the event is tagged with the
 * insurer only (never the provider, who must not learn of it from the audit stream) and never
 * carries the reporter's contact.
 */
export async function receiveTipOff(
  ctx: CommandContext,
  raw: z.input<typeof receiveTipOffInput>,
): Promise<TipOffResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageSupervision');
  const input = parseInput(receiveTipOffInput, raw);
  const now = ctx.now ?? new Date();
  const insurerId = actor.role === 'PLATFORM_ADMIN' ? input.insurerId : actor.insurerId;
  if (!insurerId)
    throw new InputError([
      { path: ['input', 'insurerId'], message: 'name the insurer receiving the tip-off' },
    ]);
  requireInsurer(actor, insurerId, 'Insurer', insurerId);
  // No read of the insurer: an insurer's staff name their own (requireInsurer above) and the
  // platform admin sees every insurer, so "visible" is "exists", which the foreign key checks
  // with the INSERT (one round trip fewer per tip-off, bench/PERFORMANCE.md "Audit log").
  return statementAs(ctx, async (client) => {
    const providerId = input.providerId ?? null;
    if (providerId) {
      // Read as the actor at READ COMMITTED, as it was inside the transaction: the foreign key
      // keeps the provider's existence, its visibility is the actor's now.
      const provider = await client.prisma.provider.findFirst({
        where: { AND: [{ id: providerId }, visible.provider(actor)] },
        select: { id: true },
      });
      if (!provider) throw notFound('Provider', providerId);
    }
    const number = newNumber('TIP', now);
    // The tip-off, the reporter's identity (its own table, never on the tip-off, an event or a
    // log line) and the event in one statement: a tip-off is new rows only.
    const { row, seq } = await insertWithEvent<TipOffRow>(
      client,
      (id) => Prisma.sql`INSERT INTO "TipOff" ("id", "number", "insurerId", "providerId", "channel", "summary", "receivedAt")
        VALUES (${id}::uuid, ${number}, ${insurerId}::uuid, ${providerId}::uuid, ${input.channel}::"TipOffChannel",
          ${input.summary}, ${now}::timestamptz) RETURNING *`,
      input.reporterContact
        ? [Prisma.sql`INSERT INTO "TipOffReporter" ("id", "tipOffId", "insurerId", "contact")
            SELECT ${uuidv7()}::uuid, "id", "insurerId", ${input.reporterContact} FROM "entity"`]
        : [],
      {
        type: EVENT.tipOffReceived,
        entityType: ENTITY.tipOff,
        actor,
        requestId: ctx.requestId,
        insurerId,
        data: { number, channel: input.channel, providerId },
      },
    ).catch((error: unknown) => {
      // The provider was read above: a missing row is the insurer.
      throw isForeignKeyViolation(error) ? notFound('Insurer', insurerId) : error;
    });
    return { tipOff: tipOffOf(row), auditSeq: seq };
  });
}

/** The row as `RETURNING *` gives it: the enums arrive as text, the rest as Prisma maps them. */
type TipOffRow = Omit<TipOff, 'channel' | 'status' | 'rewardKind'> & { channel: string; status: string; rewardKind: string | null };

function tipOffOf(row: TipOffRow): TipOff {
  return {
    ...row,
    channel: row.channel as TipOff['channel'],
    status: row.status as TipOff['status'],
    rewardKind: row.rewardKind as TipOff['rewardKind'],
  };
}
