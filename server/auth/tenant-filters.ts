import type { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from './viewer.js';
import { entrustingInsurer, rowPolicies } from '../policy/rows.js';
import { scopeOf, type Scope } from '../policy/scope.js';

/**
 * What each viewer may see, as Prisma `where` clauses: every list, connection, count,
 * relation and `node(id)` load ANDs these in, so a partner's `totalCount` or a nested
 * relation never reaches past its tenant. The rules live in the tenant policy
 * (server/policy/rows.ts), which also emits the row-level-security policies the database
 * enforces underneath; this object is its Prisma face, under the name call sites use.
 */
const NOTHING = { id: { in: [] as string[] } };
type Policies = typeof rowPolicies;
type Visible = { [K in keyof Policies]: Policies[K]['where'] };
const wheres = Object.fromEntries(Object.entries(rowPolicies).map(([model, policy]) => [model, policy.where.bind(policy)])) as Visible;

export const visible = {
  ...wheres,

  /** Audit events carry tenant columns written at append time. */
  auditEvent(viewer: Viewer): Prisma.AuditEventWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        return { partnerId: viewer.partnerId! };
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return { seq: { lt: 0 } };
    }
  },

  /**
   * Whose name an audit entry may show as its actor: colleagues only. Insurer staff see the
   * names of their insurer's users and of its providers' staff; provider staff those of their
   * provider; partners and integrators see none (the console shows the role in words).
   */
  actorUser(viewer: Viewer): Prisma.UserWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return viewer.actorType === 'USER'
          ? { OR: [{ insurerId: viewer.insurerId! }, { provider: { insurerId: viewer.insurerId! } }] }
          : NOTHING;
      case 'provider':
        return { providerId: viewer.providerId! };
      default:
        return NOTHING;
    }
  },

  /** API clients named as actors: those bound to the viewer's own insurer or partner. */
  actorApiClient(viewer: Viewer): Prisma.ApiClientWhereInput {
    switch (scopeOf(viewer)) {
      case 'all':
        return {};
      case 'insurer':
        return { insurerId: viewer.insurerId! };
      case 'partner':
        return { partnerId: viewer.partnerId! };
      default:
        return NOTHING;
    }
  },

};

export { entrustingInsurer };

export function viewerScope(viewer: Viewer): Scope {
  return scopeOf(viewer);
}
