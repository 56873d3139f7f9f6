import type { Role } from '../db/generated/prisma/enums.js';
import type { Context } from '../context.js';

/**
 * The scopes Pothos scope-auth evaluates; roles come from the viewer, never from arguments.
 * `public` is always granted: it exists so that a field open to anonymous callers (login,
 * viewer) says so explicitly, and the schema walk in test/integration/access-scopes.test.ts
 * can insist that every root field and type declares its scopes.
 */
export interface AuthScopes {
  public: boolean;
  authenticated: boolean;
  roles: readonly Role[];
}

export function authScopesFor(context: Context) {
  const role = context.viewer.role;
  return {
    public: true,
    authenticated: role !== null,
    roles: (allowed: readonly Role[]) => role !== null && allowed.includes(role),
  };
}
