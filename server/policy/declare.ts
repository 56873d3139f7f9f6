import type { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from '../auth/viewer.js';
import { ENTRUSTING_STATUSES, SUPERVISORY_WORK, scopeOf, type Scope } from './scope.js';

/**
 * The vocabulary of the row declarations (rows*.ts): one rule per table, written twice side
 * by side — a Prisma `where` (the fast path every list, count, relation and `node` ANDs in)
 * and the SQL of the table's row-level-security policy (the floor). The SQL reads the viewer
 * from settings through the `hub_*()` functions (rls-sql.ts); `hub_entrusting()` is the list of
 * insurers entrusting a partner, computed once per request (entrusting.ts), so most policies
 * are a column check, the rest an EXISTS on a parent that is itself row-secured.
 */
export type Where = Record<string, unknown>;
export interface RowPolicy<W extends Where = Where> {
  /** Prisma filter for this viewer ({} = every row). */
  where(viewer: Viewer): W;
  /** SQL boolean over the table's own columns (`$T` stands for the table). */
  using: string;
}

export const NOTHING = { id: { in: [] as string[] } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An actor id as a uuid column value (system actors such as 'system' match no row). */
export const actorUuid = (viewer: Viewer): string[] => (UUID.test(viewer.actorId) ? [viewer.actorId] : []);

/** Insurers that entrust this partner with supervisory work under an agreement in force. */
export function entrustingInsurer(partnerId: string): Prisma.InsurerWhereInput {
  return {
    agreements: {
      some: {
        partnerId,
        family: 'PARTNER',
        status: { in: [...ENTRUSTING_STATUSES] },
        entrustedWork: { hasSome: [...SUPERVISORY_WORK] },
      },
    },
  };
}

/** SQL: is `fk` the id of a row of `parent` the viewer may see (the parent's own policy decides). */
export const follows = (parent: string, column: string, key = 'id') =>
  `EXISTS (SELECT 1 FROM "${parent}" p WHERE p."${key}" = $T."${column}")`;
export const sqlScope = (scope: Scope) => `hub_scope() = '${scope}'`;

type TenantScope = Exclude<Scope, 'all' | 'none'>;
/** Builds `using` from per-scope SQL; 'all' always passes, a missing scope sees nothing. */
export function byScope(parts: Partial<Record<TenantScope, string>>): string {
  const cases = Object.entries(parts).map(([scope, sql]) => `(${sqlScope(scope as Scope)} AND (${sql}))`);
  return [sqlScope('all'), ...cases].join(' OR ');
}
/** Builds `where` from per-scope Prisma filters, the same shape as byScope. */
export function whereByScope<W extends Where>(
  viewer: Viewer,
  parts: Partial<Record<TenantScope, (v: Viewer) => W>>,
  nothing: Where = NOTHING,
): W {
  const scope = scopeOf(viewer);
  if (scope === 'all') return {} as W;
  const part = scope === 'none' ? undefined : parts[scope];
  return (part ? part(viewer) : nothing) as W;
}
export const signedIn = (viewer: Viewer) => scopeOf(viewer) !== 'none';

/**
 * The common case, a table with its own tenant columns: the insurer's staff and integrators
 * by `insurerId`; the provider's staff by `providerId` (when given); entrusted partners by the
 * insurer (when `partner` is true). Both forms are column checks.
 */
export function tenantColumns<W extends Where>(cols: {
  provider?: boolean;
  /** true: by the row's `insurer` relation; or the Prisma path to it for tables without one. */
  partner?: boolean | ((entrusting: Prisma.InsurerWhereInput) => Where);
}): RowPolicy<W> {
  const viaInsurer =
    typeof cols.partner === 'function' ? cols.partner : (insurer: Prisma.InsurerWhereInput) => ({ insurer });
  return {
    where: (viewer) =>
      whereByScope<W>(
        viewer,
        {
          insurer: (v) => ({ insurerId: v.insurerId! }) as unknown as W,
          ...(cols.provider
            ? { provider: (v: Viewer) => ({ providerId: v.providerId! }) as unknown as W }
            : {}),
          ...(cols.partner
            ? { partner: (v: Viewer) => viaInsurer(entrustingInsurer(v.partnerId!)) as unknown as W }
            : {}),
        },
        { insurerId: { in: [] } },
      ),
    using: byScope({
      insurer: `"insurerId" = hub_insurer()`,
      ...(cols.provider ? { provider: `"providerId" = hub_provider()` } : {}),
      ...(cols.partner ? { partner: `"insurerId" = ANY (hub_entrusting())` } : {}),
    }),
  };
}

/** A table whose rows belong to a parent row: who sees the parent sees them. */
export function followsParent<W extends Where>(
  relation: string,
  parent: string,
  fk: string,
  parentWhere: (viewer: Viewer) => Where,
): RowPolicy<W> {
  return {
    where: (viewer) => (scopeOf(viewer) === 'all' ? {} : { [relation]: parentWhere(viewer) }) as W,
    using: `${sqlScope('all')} OR ${follows(parent, fk)}`,
  };
}
