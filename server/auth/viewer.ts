import type { ActorType, Role } from '../db/generated/prisma/enums.js';

/**
 * Who is asking, resolved once per operation from the credential (session cookie, API key).
 * Tenant ids bind the viewer to the one insurer, partner or provider it acts for; every
 * scope check and database filter reads them from here, never from arguments.
 */
export interface Viewer {
  actorType: ActorType;
  actorId: string;
  /** Display name for logs and the admin UI; never a secret. */
  name: string;
  role: Role | null;
  insurerId: string | null;
  partnerId: string | null;
  providerId: string | null;
  /** Id of the credential used (session or API key) so revocation can close live sockets. */
  credentialId: string | null;
  /** When an API key with an end stops being valid: a socket opened with it closes then. */
  credentialExpiresAt?: Date;
}

export const anonymousViewer: Viewer = Object.freeze({
  actorType: 'SYSTEM',
  actorId: 'anonymous',
  name: 'anonymous',
  role: null,
  insurerId: null,
  partnerId: null,
  providerId: null,
  credentialId: null,
});

/** The hub itself acting (seed, expiry job): used only by server-side code, never from a request. */
export const systemViewer: Viewer = Object.freeze({
  actorType: 'SYSTEM',
  actorId: 'system',
  name: 'system',
  role: 'PLATFORM_ADMIN',
  insurerId: null,
  partnerId: null,
  providerId: null,
  credentialId: null,
});

export function isAuthenticated(viewer: Viewer): boolean {
  return viewer.role !== null;
}
