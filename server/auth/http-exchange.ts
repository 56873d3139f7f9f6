import type { Request, Response } from 'express';
import { DomainError } from '../domain/errors.js';
import type { Config } from '../config.js';
import type { HttpExchange } from '../context.js';
import type { Viewer } from './viewer.js';
import { resolveViewerFromRequest } from './resolve-viewer.js';
import { credentialIdOfRequest, loginCredentialId } from './credential-id.js';
import { guardAuthentication } from './auth-guard.js';
import { retryAfterOf, type AuthFailureLimiter } from '../limits/auth-failure-limiter.js';
import { CSRF_COOKIE, SESSION_COOKIE, csrfCookieOptions, sessionCookieOptions } from './session-token.js';

const ANSWER_TYPES = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8'];

/**
 * The media type a GraphQL answer goes out in, per Accept: Apollo's list, in its order (ties go
 * to the legacy type; server/graphql/media-type-status-plugin.ts). Null when neither is acceptable.
 */
export function answerMediaType(req: Request): string | null {
  return req.accepts(ANSWER_TYPES) || null;
}

/** What the GraphQL context may do with the HTTP exchange: session cookies, the caller's address. */
export function httpExchange(
  req: Request,
  res: Response,
  config: Config,
  authFailures: AuthFailureLimiter,
  // The transport's answer for a blocked address (/graphql: an error carrying HTTP 429).
  refuse: (error: DomainError) => Error = (error) => error,
): HttpExchange {
  const secure = config.env === 'production' && req.secure;
  return {
    mediaType: answerMediaType(req),
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    sessionTtlHours: config.sessionTtlHours,
    guardLogIn: (username, logIn) =>
      guardAuthentication(authFailures, req.ip ?? null, loginCredentialId(username), logIn).catch((error: unknown) => {
        throw error instanceof DomainError && error.code === 'RATE_LIMITED' ? refuse(error) : error;
      }),
    setSessionCookies(sessionToken, csrfToken, expiresAt) {
      res.cookie(SESSION_COOKIE, sessionToken, sessionCookieOptions(secure, expiresAt));
      res.cookie(CSRF_COOKIE, csrfToken, csrfCookieOptions(secure, expiresAt));
    },
    clearSessionCookies() {
      clearSessionCookies(res, secure);
    },
  };
}

function clearSessionCookies(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(secure));
  res.clearCookie(CSRF_COOKIE, csrfCookieOptions(secure));
}

/**
 * The viewer of an HTTP request. When a session cookie is refused (expired, signed out), the
 * cookies are cleared in the same 401 answer so that the admin UI's next call, the login, is
 * not refused again because of the stale cookie.
 */
export async function viewerOfHttpRequest(req: Request, res: Response, config: Config): Promise<Viewer> {
  try {
    return await resolveViewerFromRequest(req);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'UNAUTHENTICATED' && req.headers.cookie?.includes(SESSION_COOKIE)) {
      clearSessionCookies(res, config.env === 'production' && req.secure);
    }
    throw error;
  }
}

/**
 * The viewer of a request to one of the hub's own HTTP routes (/graphql, /claims/import,
 * /audit/export, /knowledge/import), under the failed-authentication budgets of the client's
 * address and the credential it presents (server/auth/auth-guard.ts).
 */
export function authenticateHttpRequest(req: Request, res: Response, config: Config, authFailures: AuthFailureLimiter): Promise<Viewer> {
  return guardAuthentication(authFailures, req.ip ?? null, credentialIdOfRequest(req), () => viewerOfHttpRequest(req, res, config));
}

/** The challenge every 401 carries (RFC 9110 §15.5.2 requires one; RFC 6750 names Bearer's). */
export const BEARER_CHALLENGE = 'Bearer realm="agreement-hub", error="invalid_token"';

/**
 * The headers an authentication refusal needs on any route, not only /graphql: a 401 carries
 * `WWW-Authenticate` (RFC 9110 §11.6.1 "MUST"), a 429 `Retry-After`; neither is cached.
 */
export function setRefusalHeaders(res: Response, status: number, error?: DomainError): void {
  if (status === 401) res.setHeader('www-authenticate', BEARER_CHALLENGE);
  if (status === 429 && error) res.setHeader('retry-after', String(retryAfterOf(error)));
  if (status === 401 || status === 429) res.setHeader('cache-control', 'no-store');
}
