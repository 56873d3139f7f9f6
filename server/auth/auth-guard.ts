import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { DomainError } from '../domain/errors.js';
import type { AuthFailureLimiter } from '../limits/auth-failure-limiter.js';

/**
 * Authentication under the failed-authentication budget of the client's address
 * (server/limits/auth-failure-limiter.ts), for every transport: an address that is blocked is
 * refused before its credential is even looked at, and a credential refused (UNAUTHENTICATED,
 * or a session without its CSRF token: FORBIDDEN) costs the address a point. The refusal that
 * crosses the budget answers RATE_LIMITED instead of 401/403.
 */
export async function guardAuthentication<T>(
  limiter: AuthFailureLimiter,
  ip: string | null,
  presentsCredential: boolean,
  authenticate: () => Promise<T>,
): Promise<T> {
  if (presentsCredential) {
    const blocked = await limiter.check(ip);
    if (blocked) throw blocked;
  }
  try {
    return await authenticate();
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
      const blocked = await limiter.fail(ip);
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
