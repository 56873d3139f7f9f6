import type { Request, Response } from 'express';
import { DomainError } from '../domain/errors.js';
import type { Config } from '../config.js';
import type { HttpExchange } from '../context.js';
import type { Viewer } from './viewer.js';
import { resolveViewerFromRequest } from './resolve-viewer.js';
import { CSRF_COOKIE, SESSION_COOKIE, csrfCookieOptions, sessionCookieOptions } from './session-token.js';

/** What the GraphQL context may do with the HTTP exchange: session cookies, the caller's address. */
export function httpExchange(req: Request, res: Response, config: Config): HttpExchange {
  const production = config.env === 'production';
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    sessionTtlHours: config.sessionTtlHours,
    setSessionCookies(sessionToken, csrfToken, expiresAt) {
      res.cookie(SESSION_COOKIE, sessionToken, sessionCookieOptions(production, expiresAt));
      res.cookie(CSRF_COOKIE, csrfToken, csrfCookieOptions(production, expiresAt));
    },
    clearSessionCookies() {
      clearSessionCookies(res, production);
    },
  };
}

function clearSessionCookies(res: Response, production: boolean): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(production));
  res.clearCookie(CSRF_COOKIE, csrfCookieOptions(production));
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
      clearSessionCookies(res, config.env === 'production');
    }
    throw error;
  }
}
