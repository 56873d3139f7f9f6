import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { UpgradeRefusal } from './ws-upgrade.js';
import { CloseCode } from 'graphql-ws';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import type { Viewer } from '../auth/viewer.js';
import { credentialStillValid, resolveViewerFromConnectionParams } from '../auth/resolve-viewer.js';
import { clientAddress } from '../auth/auth-guard.js';
import { credentialIdOfConnection, credentialIdOfRequest } from '../auth/credential-id.js';
import { retryAfterOf, type AuthFailureLimiter } from '../limits/auth-failure-limiter.js';
import type { DomainError } from '../domain/errors.js';
import { isDatabaseUnavailable } from '../db/connection-errors.js';
import { serviceUnavailable } from './unavailable.js';

/**
 * The credential lifecycle of a graphql-ws socket (ws.ts runs the operations):
 * - the upgrade and `connection_init`: an address blocked for failed authentications is
 *   refused, a socket without a good credential is closed with 4403 Forbidden;
 * - while open: the credential is checked again on every new operation and once a minute, and
 *   a key with an end closes its sockets at that instant;
 * - revocation: `closeByCredential` closes every socket opened with a credential the moment a
 *   command revokes it (revoked or rotated key, disabled client, ended session, disabled user
 *   or changed role), in this process and, through the NOTIFY, in the other replicas
 *   (server/auth/revocation.ts, wired in server/app.ts).
 */

const TRY_AGAIN_LATER = 1013;
/** How often open sockets re-check their credential (catches keys that simply expire). */
const RECHECK_INTERVAL_MS = 60_000;
const MAX_TIMER_MS = 2_147_483_647;

interface ConnectingSocket {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { socket: WebSocket; request: IncomingMessage };
}

interface TrackedSocket {
  close(code: number, reason: string): void;
  viewer: Viewer;
}

const forbid = (entry: { close(code: number, reason: string): void }) => entry.close(CloseCode.Forbidden, 'Forbidden');

/**
 * The upgrade of an address blocked for failed authentications (auth-failure-limiter.ts), or
 * of the address with the key or session its headers carry, gets the HTTP answer a request
 * would: 429 with Retry-After. Every socket presents a credential (anonymous ones are closed),
 * so none is let through; a credential sent only in `connection_init` is judged there.
 */
export async function blockedUpgrade(authFailures: AuthFailureLimiter, req: IncomingMessage): Promise<UpgradeRefusal | null> {
  // The limiter's store unreachable: the credential check will say what it can.
  const blocked = await authFailures.check(clientAddress(req), credentialIdOfRequest(req)).catch(() => null);
  if (!blocked) return null;
  return { status: 429, code: blocked.code, en: blocked.message, zh: blocked.messageZh, headers: { 'Retry-After': String(retryAfterOf(blocked)) } };
}

/**
 * `connection_init`: the viewer of the credential the socket presents, or null once the socket
 * has been refused (graphql-ws closes it with 4403 when onConnect returns false; a throttled or
 * unverifiable one is closed here with its own code).
 */
export async function authenticateSocket(ctx: ConnectingSocket, authFailures: AuthFailureLimiter): Promise<Viewer | null> {
  const ip = clientAddress(ctx.extra.request);
  // The address's failed authentications: blocked since the upgrade, or by this socket's
  // refusal, the socket closes with graphql-ws's 4429 and the delay in the reason (a close
  // frame has no headers).
  const throttle = (blocked: DomainError) => {
    ctx.extra.socket.close(CloseCode.TooManyInitialisationRequests, `RATE_LIMITED: retry after ${retryAfterOf(blocked)} s`);
    return null;
  };
  try {
    const credential = credentialIdOfConnection(ctx.connectionParams ?? {}, ctx.extra.request);
    const blocked = await authFailures.check(ip, credential);
    if (blocked) return throttle(blocked);
    const viewer = await resolveViewerFromConnectionParams(ctx.connectionParams ?? {}, ctx.extra.request);
    if (!viewer) {
      const now = await authFailures.fail(ip, credential);
      if (now) return throttle(now);
    }
    return viewer;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // 1013 "Try Again Later": the credential could not be checked, the client should reconnect.
    ctx.extra.socket.close(TRY_AGAIN_LATER, 'SERVICE_UNAVAILABLE');
    return null;
  }
}

/**
 * Before each new operation: null when the socket's credential still holds; otherwise the
 * operation's errors (a credential no longer valid also closes the socket with 4403).
 */
export async function recheckBeforeOperation(viewer: Viewer, socket: WebSocket): Promise<GraphQLError[] | null> {
  let valid: boolean;
  try {
    valid = await credentialStillValid(viewer);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return [serviceUnavailable({ http: false })];
    throw error;
  }
  if (valid) return null;
  forbid(socket);
  return [new GraphQLError('Credential no longer valid', { extensions: { code: 'UNAUTHENTICATED', messageZh: '凭据已失效' } })];
}

/** The open, authenticated sockets of one process, by credential. */
export function createSocketCredentials(logger: Logger) {
  const sockets = new Set<TrackedSocket>();

  const recheck = setInterval(() => {
    for (const socket of sockets) {
      credentialStillValid(socket.viewer).then(
        (ok) => ok || forbid(socket),
        (error: unknown) => logger.warn({ err: error }, 'socket credential re-check failed'),
      );
    }
  }, RECHECK_INTERVAL_MS);
  recheck.unref();

  return {
    /** An acknowledged socket: watched until it closes. */
    track(socket: WebSocket, viewer: Viewer): void {
      const entry: TrackedSocket = { close: (code, reason) => socket.close(code, reason), viewer };
      sockets.add(entry);
      // A key that expires while its socket is open closes it at that instant, not at the next
      // re-check (setTimeout's longest delay is ~24.8 days; the re-check covers longer ones).
      const expiresIn = viewer.credentialExpiresAt ? viewer.credentialExpiresAt.getTime() - Date.now() : null;
      const expiry = expiresIn !== null && expiresIn < MAX_TIMER_MS ? setTimeout(() => forbid(entry), Math.max(0, expiresIn)) : null;
      expiry?.unref();
      socket.once('close', () => {
        sockets.delete(entry);
        if (expiry) clearTimeout(expiry);
      });
    },
    /** Close every socket opened with this credential (revoked key, ended session). */
    closeByCredential(credentialId: string): void {
      for (const socket of sockets) {
        if (socket.viewer.credentialId === credentialId) forbid(socket);
      }
    },
    dispose(): void {
      clearInterval(recheck);
    },
  };
}
