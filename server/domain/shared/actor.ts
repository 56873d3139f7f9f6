import type { Viewer } from '../../auth/viewer.js';
import { can, type Capability } from '../../auth/capabilities.js';
import { forbidden, notFound } from '../errors.js';

/**
 * Authorisation inside commands. The GraphQL edge already checks the capability (scope-auth);
 * commands check again so a script or job cannot bypass it, and they check the tenant, which
 * only the loaded record can tell.
 */
export function requireCapability(actor: Viewer, capability: Capability): void {
  if (!can(actor.role, capability)) throw forbidden(capability);
}

/** Agency staff act for exactly one insurer; the platform admin (and the system) for all. */
export function actsForInsurer(actor: Viewer, insurerId: string): boolean {
  if (actor.role === 'PLATFORM_ADMIN') return true;
  return (
    actor.insurerId !== null &&
    actor.insurerId === insurerId &&
    actor.role !== 'PARTNER' &&
    actor.role !== 'PROVIDER_STAFF'
  );
}

/**
 * An agency write on a record of another insurer answers NOT_FOUND, exactly as if the record
 * did not exist, so nobody learns what other tenants hold.
 */
export function requireInsurer(actor: Viewer, insurerId: string, entity: string, id: string): void {
  if (!actsForInsurer(actor, insurerId)) throw notFound(entity, id);
}

/** Actor columns of transitions, appeals and decisions. */
export function actorColumns(actor: Viewer): { actorType: Viewer['actorType']; actorId: string } {
  return { actorType: actor.actorType, actorId: actor.actorId };
}
