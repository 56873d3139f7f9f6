import type { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from './viewer.js';
import { rowPolicies, entrustingInsurer } from '../policy/rows.js';
import { scopeOf, type Scope } from '../policy/scope.js';

/**
 * What each viewer may see, as Prisma `where` clauses: every list, connection, count,
 * relation and `node(id)` load ANDs these in, so a partner's `totalCount` or a nested
 * relation never reaches past its tenant. The rules themselves live in the tenant policy
 * (server/policy/rows.ts), which also emits the row-level-security policies the database
 * enforces underneath; this object is its Prisma face, kept under the name call sites use.
 */
type Policies = typeof rowPolicies;
type Visible = { [K in keyof Policies]: Policies[K]['where'] };
const wheres = Object.fromEntries(Object.entries(rowPolicies).map(([model, policy]) => [model, policy.where.bind(policy)])) as Visible;

export const visible = {
  ...wheres,

  /**
   * Audit events by tenant tags alone (no entrusted-insurer part, no I/O): a subset of the
   * audience (server/policy/audience.ts), which lists, streams and the export use.
   */
  auditEvent(viewer: Viewer): Prisma.AuditEventWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return viewer.role === 'INTEGRATOR' ? { insurerId: viewer.insurerId!, entityType: { not: 'TipOff' } } : { insurerId: viewer.insurerId! };
      case 'partner':
        return { partnerId: viewer.partnerId!, entityType: { not: 'TipOff' } };
      case 'provider':
        return { providerId: viewer.providerId!, entityType: { not: 'TipOff' } };
      default:
        return { seq: { lt: 0 } };
    }
  },
};

export { entrustingInsurer };

export function viewerScope(viewer: Viewer): Scope {
  return scopeOf(viewer);
}
