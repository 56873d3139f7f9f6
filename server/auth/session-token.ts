import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Admin UI sessions. The HttpOnly cookie carries a random token; only its SHA-256 is stored,
 * so a copy of the database cannot be replayed as sessions. Every request authenticated by
 * the cookie must also carry the session's CSRF token in `X-CSRF-Token` (a cross-site page
 * can make the browser send the cookie but can neither read nor set that header). The CSRF
 * token is also put in a readable cookie so the admin UI finds it again after a reload.
 */
export const SESSION_COOKIE = 'hub_session';
export const CSRF_COOKIE = 'hub_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface CookieOptions {
  httpOnly: boolean;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  expires?: Date;
}

/**
 * `secure` is the request's: in production, cookies set over HTTPS (directly, or through a TLS
 * proxy on this machine that sends X-Forwarded-Proto: trust proxy is loopback only) are
 * `Secure`, so the browser never sends them over plain HTTP. Over plain HTTP they cannot be:
 * a browser drops a `Secure` cookie set by an http:// page (localhost excepted), and agencies run
 * the console on intranet hosts, often without TLS; there the cookie crosses the wire in clear
 * either way, and HTTPS in front is what protects it (README, "Running in production").
 */
export function sessionCookieOptions(secure: boolean, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(expires ? { expires } : {}) };
}

export function csrfCookieOptions(secure: boolean, expires?: Date): CookieOptions {
  return { ...sessionCookieOptions(secure, expires), httpOnly: false };
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time equality of two tokens of any length. */
export function tokensEqual(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y) && a.length === b.length;
}
