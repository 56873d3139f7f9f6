import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { DomainError } from '../domain/errors.js';
import type { AuthFailureLimiter } from '../limits/auth-failure-limiter.js';
import type { CredentialId } from './credential-id.js';

/**
 * Authentication under the failed-authentication budgets of the client's address and the
 * credential it presents (server/limits/auth-failure-limiter.ts), for every transport: a blocked
 * address, or address and credential, is refused before the credential is even looked at, and a
 * credential refused (UNAUTHENTICATED, or a session without its CSRF token: FORBIDDEN) costs
 * both a point. The refusal that crosses a budget answers RATE_LIMITED instead of 401/403.
 * `credential` null: none presented (the request is anonymous, nothing is checked or counted).
 */
export async function guardAuthentication<T>(
  limiter: AuthFailureLimiter,
  ip: string | null,
  credential: CredentialId | null,
  authenticate: () => Promise<T>,
): Promise<T> {
  if (credential !== null) {
    const blocked = await limiter.check(ip, credential);
    if (blocked) throw blocked;
  }
  try {
    return await authenticate();
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
      const blocked = await limiter.fail(ip, credential);
      if (blocked) throw blocked;
    }
    throw error;
  }
}

/**
 * The client's address of a raw request (the WebSocket upgrade), as Express's `req.ip` computes
 * it with `trust proxy: loopback` (server/http.ts): walking X-Forwarded-For from the right,
 * past loopback hops (the local balancer), to the first address that is not ours. Both
 * transports so count a client under the same address.
 */
export function clientAddress(req: IncomingMessage): string | null {
  const remote = req.socket.remoteAddress ?? null;
  const forwarded = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((h) => h.trim())
    .filter((h) => isIP(h) !== 0)
    .reverse();
  let address = remote;
  for (const hop of hops) {
    if (!address || !isLoopback(address)) break;
    address = hop;
  }
  return address;
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
