/**
 * When a credential (API key, session) stops being valid, or what it grants changes (a user's
 * role: changeUserRole), live WebSockets opened with it must close: a socket keeps the viewer
 * it was opened with. Commands call `announceRevocation(tx, id)` inside their transaction: a NOTIFY on
 * CREDENTIAL_REVOKED_CHANNEL reaches every replica after commit (the composition root
 * listens), and `credentialRevoked(id)` after commit tells this process at once, without
 * waiting for the notification round trip.
 */
import type { Tx } from '../db/database.js';

export const CREDENTIAL_REVOKED_CHANNEL = 'credential_revoked';

type Listener = (credentialId: string) => void;
const listeners = new Set<Listener>();

/** Subscribe to revocations in this process; returns the unsubscribe function. */
export function onCredentialRevoked(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Call after the revoking transaction committed. */
export function credentialRevoked(credentialId: string): void {
  for (const listener of listeners) {
    try {
      listener(credentialId);
    } catch {
      // A failing listener must not undo or hide a committed revocation.
    }
  }
}

/** Inside the revoking transaction: other replicas hear it only if the revocation commits. */
export async function announceRevocation(tx: Tx, credentialId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CREDENTIAL_REVOKED_CHANNEL}, ${credentialId})`;
}
