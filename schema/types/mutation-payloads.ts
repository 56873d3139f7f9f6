import type { Context } from '../../server/context.js';
import type { CommandContext } from '../../server/domain/transaction.js';

/**
 * Shared pieces of every mutation: the command context from the GraphQL context, and the
 * payload's `auditSeq` (the sequence number of the audit event the mutation appended, so a
 * client can follow the audit stream from exactly there; a string because it is a bigint).
 */
export function commandContext(ctx: Context): CommandContext {
  return { actor: ctx.viewer, requestId: ctx.requestId };
}

/** The raw id inside a decoded global ID (the relay plugin has checked its typename). */
export function rawId(arg: { id: string | number }): string;
export function rawId(arg: { id: string | number } | null | undefined): string | undefined;
export function rawId(arg: { id: string | number } | null | undefined): string | undefined {
  return arg == null ? undefined : String(arg.id);
}

export const AUDIT_SEQ_DESCRIPTION =
  'Sequence number of the audit event this mutation appended (cursor of `auditEvents`).';

export const seqString = (p: { auditSeq: bigint }) => p.auditSeq.toString();
