import type { PrismaClient, Tx } from '../db/database.js';
import type { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from '../auth/viewer.js';
import { scopeOf } from './scope.js';
import { entrustingInsurerIds } from './entrusting.js';

/**
 * Which audit events a viewer may see, in three equivalent forms: a Prisma `where` (lists,
 * replay, export, webhooks), a predicate over one event (live fan-out, where a query per
 * event and subscriber would not scale) and the AuditEvent row-level-security policy
 * (`auditEventUsing`, emitted by rls-sql.ts). All follow one resolved audience.
 *
 * Events carry tenant tags written at append time. Agency staff and integrators see their
 * insurer's events, providers their own, partners their own; a partner entrusted with
 * supervisory work by an insurer (rows.ts: entrustingInsurer) also sees that insurer's
 * supervision events — agreements, findings, penalties and the like — but never events tagged
 * with another partner, and never tip-offs or credentials. Events about accounts and credentials
 * (sign-ins and sign-outs, users, API clients and keys) reach whoever may see those rows
 * (rows-access.ts): platform admins and the insurer's admins, not its other staff, its
 * integrators, providers or partners.
 */
export type AuditAudience =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'insurer'; insurerId: string; tipOffs: boolean; access: boolean }
  | { kind: 'provider'; providerId: string }
  | { kind: 'partner'; partnerId: string; entrustedBy: string[] };

/** Entity types an entrusted partner follows for its entrusting insurers (tenant-filters' reach). */
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

/** Events about tip-offs reach the insurer's staff only (and a partner its own assigned ones). */
const TIP_OFF_TYPES = ['TipOff', 'TipOffReporter'] as const;
const TIP_OFF = new Set<string>(TIP_OFF_TYPES);

/**
 * Events about accounts and credentials: who signed in when, under which username and role,
 * whose key was rotated. The rows are the admins' (User, Session, ApiKey: platform and insurer
 * admins only), so their events are too; an integrator or a clerk learnt every colleague's
 * sign-in from the stream, its webhooks and the export.
 */
const ACCESS_TYPES = ['User', 'Session', 'ApiClient', 'ApiKey'] as const;
const ACCESS = new Set<string>(ACCESS_TYPES);
/** Hidden from the audiences below an insurer's admins, with tip-offs where those are hidden. */
const PROVIDER_HIDDEN = [...TIP_OFF_TYPES, ...ACCESS_TYPES];

/** `entrustedBy` may be passed when the caller already read it for this request. */
export async function resolveAudience(
  prisma: PrismaClient | Tx,
  viewer: Viewer,
  entrustedBy?: string[],
): Promise<AuditAudience> {
  switch (scopeOf(viewer)) {
    case 'all':
      return { kind: 'all' };
    case 'insurer':
      // Integrators act for the insurer but never see tip-offs (whistle-blower protection).
      return { kind: 'insurer', insurerId: viewer.insurerId!, tipOffs: viewer.role !== 'INTEGRATOR', access: viewer.role === 'INSURER_ADMIN' };
    case 'provider':
      return { kind: 'provider', providerId: viewer.providerId! };
    case 'partner':
      return {
        kind: 'partner',
        partnerId: viewer.partnerId!,
        entrustedBy: entrustedBy ?? (await entrustingInsurerIds(prisma, viewer.partnerId!)),
      };
    default:
      return { kind: 'none' };
  }
}

export function audienceWhere(audience: AuditAudience): Prisma.AuditEventWhereInput {
  switch (audience.kind) {
    case 'all':
      return {};
    case 'insurer': {
      const hidden = [...(audience.tipOffs ? [] : TIP_OFF_TYPES), ...(audience.access ? [] : ACCESS_TYPES)];
      return hidden.length > 0 ? { insurerId: audience.insurerId, entityType: { notIn: hidden } } : { insurerId: audience.insurerId };
    }
    case 'provider':
      // A reported provider never learns of the tip-off through its events.
      return { providerId: audience.providerId, entityType: { notIn: PROVIDER_HIDDEN } };
    case 'partner':
      return {
        OR: [
          { partnerId: audience.partnerId, entityType: { notIn: [...ACCESS_TYPES] } },
          ...(audience.entrustedBy.length > 0
            ? [
                {
                  insurerId: { in: audience.entrustedBy },
                  partnerId: null,
                  entityType: { in: [...SUPERVISED_ENTITY_TYPES] },
                },
              ]
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
      return (
        event.insurerId === audience.insurerId &&
        (audience.tipOffs || !TIP_OFF.has(event.entityType)) &&
        (audience.access || !ACCESS.has(event.entityType))
      );
    case 'provider':
      return event.providerId === audience.providerId && !TIP_OFF.has(event.entityType) && !ACCESS.has(event.entityType);
    case 'partner':
      if (event.partnerId === audience.partnerId) return !ACCESS.has(event.entityType);
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

/**
 * Can this event change the audience itself? A partner's audience holds the insurers
 * entrusting it, which change only with one of its own agreements (signed, activated,
 * suspended, resumed, terminated, expired, amended): a live subscriber re-reads its audience
 * before the events that follow such an event, instead of at its next periodic refresh.
 */
export function mayChangeAudience(audience: AuditAudience, event: TaggedEvent): boolean {
  return audience.kind === 'partner' && event.entityType === 'Agreement' && event.partnerId === audience.partnerId;
}

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

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
/** The same audience as the AuditEvent row policy (rls-sql.ts: the hub_*() settings). */
export const auditEventUsing = [
  `hub_scope() = 'all'`,
  `(hub_scope() = 'insurer' AND "insurerId" = hub_insurer() AND ("entityType" NOT IN (${sqlList(TIP_OFF_TYPES)}) OR hub_role() <> 'INTEGRATOR') AND ("entityType" NOT IN (${sqlList(ACCESS_TYPES)}) OR hub_role() = 'INSURER_ADMIN'))`,
  `(hub_scope() = 'provider' AND "providerId" = hub_provider() AND "entityType" NOT IN (${sqlList(PROVIDER_HIDDEN)}))`,
  `(hub_scope() = 'partner' AND (("partnerId" = hub_partner() AND "entityType" NOT IN (${sqlList(ACCESS_TYPES)})) OR ("partnerId" IS NULL AND "insurerId" = ANY (hub_entrusting()) AND "entityType" IN (${sqlList(SUPERVISED_ENTITY_TYPES)}))))`,
].join(' OR ');
