/**
 * The audit-event audience is part of the tenant policy (server/policy/audience.ts); this
 * module keeps the audit area's imports stable. The optional narrowing below is the
 * subscriber's own choice, not a visibility rule.
 */
import type { Prisma } from '../db/generated/prisma/client.js';
export {
  type AuditAudience,
  type TaggedEvent,
  SUPERVISED_ENTITY_TYPES,
  resolveAudience,
  audienceWhere,
  audienceAllows,
} from '../policy/audience.js';

/** Optional narrowing a subscriber or query asks for: exact types and/or one subject. */
export interface EventFilter {
  types?: readonly string[] | null;
  subject?: string | null;
}

export function filterWhere(filter: EventFilter): Prisma.AuditEventWhereInput {
  return {
    ...(filter.types && filter.types.length > 0 ? { type: { in: [...filter.types] } } : {}),
    ...(filter.subject ? { subject: filter.subject } : {}),
  };
}

export function filterAllows(filter: EventFilter, event: { type: string; subject: string }): boolean {
  if (filter.types && filter.types.length > 0 && !filter.types.includes(event.type)) return false;
  return !filter.subject || filter.subject === event.subject;
}
