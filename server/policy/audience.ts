import type { PrismaClient, Tx } from '../db/database.js';
import type { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from '../auth/viewer.js';
import { scopeOf } from './scope.js';
import { entrustingInsurerIds } from './entrusting.js';

/**
 * Which audit events a viewer may see, derived from the same rules as the rows (rows.ts), in
 * three equivalent forms: a Prisma `where` (lists, replay, webhooks), a predicate over one
 * event (live fan-out and export, where a query per event and subscriber would not scale) and
 * the AuditEvent row-level-security policy (auditEventUsing). All come from one resolved
 * audience so they cannot drift apart.
 *
 * Events carry tenant tags written at append time. Agency staff and integrators see their
 * insurer's events, providers their own, partners their own; a partner entrusted with
 * supervisory work by an insurer also sees that insurer's supervision events (agreements,
 * findings, penalties and the like) but never events tagged with another partner. On top of
 * the tags, an event about an entity the viewer may never read is never theirs: tip-off
 * events reach agency staff only, as tip-offs do (rows.ts tipOff).
 */
export type AuditAudience =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'insurer'; insurerId: string; tipOffs: boolean }
  | { kind: 'provider'; providerId: string }
  | { kind: 'partner'; partnerId: string; entrustedBy: string[] };

/** Entity types an entrusted partner follows for its entrusting insurers (rows.ts: what it reads of them). */
export const SUPERVISED_ENTITY_TYPES = [
  'Agreement',
  'Provider',
  'Physician',
  'InsuredPerson',
  'Finding',
  'Penalty',
  'Appeal',
  'Assessment',
  'CreditEvaluation',
  'RuleHit',
  'AuditRule',
] as const;
const SUPERVISED = new Set<string>(SUPERVISED_ENTITY_TYPES);

/** Tip-offs name their reporters: their events go where tip-offs go (agency staff, not integrators). */
const TIP_OFF = 'TipOff';
const seesTipOffs = (viewer: Viewer) => viewer.role !== 'INTEGRATOR';

/** `entrustedBy` may be passed when the caller already read it for this request. */
export async function resolveAudience(prisma: PrismaClient | Tx, viewer: Viewer, entrustedBy?: string[]): Promise<AuditAudience> {
  switch (scopeOf(viewer)) {
    case 'all':
      return { kind: 'all' };
    case 'insurer':
      return { kind: 'insurer', insurerId: viewer.insurerId!, tipOffs: seesTipOffs(viewer) };
    case 'provider':
      return { kind: 'provider', providerId: viewer.providerId! };
    case 'partner':
      return { kind: 'partner', partnerId: viewer.partnerId!, entrustedBy: entrustedBy ?? (await entrustingInsurerIds(prisma, viewer.partnerId!)) };
    default:
      return { kind: 'none' };
  }
}

export function audienceWhere(audience: AuditAudience): Prisma.AuditEventWhereInput {
  switch (audience.kind) {
    case 'all':
      return {};
    case 'insurer':
      return audience.tipOffs ? { insurerId: audience.insurerId } : { insurerId: audience.insurerId, entityType: { not: TIP_OFF } };
    case 'provider':
      return { providerId: audience.providerId, entityType: { not: TIP_OFF } };
    case 'partner':
      return {
        entityType: { not: TIP_OFF },
        OR: [
          { partnerId: audience.partnerId },
          ...(audience.entrustedBy.length > 0
            ? [{ insurerId: { in: audience.entrustedBy }, partnerId: null, entityType: { in: [...SUPERVISED_ENTITY_TYPES] } }]
            : []),
        ],
      };
    default:
      return { seq: { lt: 0 } };
  }
}

export interface TaggedEvent {
  insurerId: string | null;
  providerId: string | null;
  partnerId: string | null;
  entityType: string;
}

export function audienceAllows(audience: AuditAudience, event: TaggedEvent): boolean {
  switch (audience.kind) {
    case 'all':
      return true;
    case 'insurer':
      return event.insurerId === audience.insurerId && (audience.tipOffs || event.entityType !== TIP_OFF);
    case 'provider':
      return event.providerId === audience.providerId && event.entityType !== TIP_OFF;
    case 'partner':
      if (event.entityType === TIP_OFF) return false;
      if (event.partnerId === audience.partnerId) return true;
      return (
        event.partnerId === null &&
        event.insurerId !== null &&
        audience.entrustedBy.includes(event.insurerId) &&
        SUPERVISED.has(event.entityType)
      );
    default:
      return false;
  }
}

/** The same audience as the AuditEvent row policy (see rls-sql.ts for the hub_*() settings). */
export const auditEventUsing = [
  `hub_scope() = 'all'`,
  `(hub_scope() = 'insurer' AND "insurerId" = hub_insurer() AND ("entityType" <> '${TIP_OFF}' OR hub_role() <> 'INTEGRATOR'))`,
  `(hub_scope() = 'provider' AND "providerId" = hub_provider() AND "entityType" <> '${TIP_OFF}')`,
  `(hub_scope() = 'partner' AND "entityType" <> '${TIP_OFF}' AND ("partnerId" = hub_partner() OR ("partnerId" IS NULL AND "insurerId" = ANY (hub_entrusting()) AND "entityType" IN (${SUPERVISED_ENTITY_TYPES.map((t) => `'${t}'`).join(', ')}))))`,
].join(' OR ');
