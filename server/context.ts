import type { Logger } from './logger.js';
import type { Viewer } from './auth/viewer.js';

/**
 * The one context for HTTP and WebSocket operations, fresh per operation. It holds who is
 * asking and how to trace the request; the database client is deliberately not here
 * (Pothos's advice: resolvers reach Prisma through the plugin, domain commands import it).
 */
export interface Context {
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  /** Entities read in this operation, flushed to the access log once the operation ends. */
  reads: Map<string, Set<string>>;
  operationName: string | null;
  /** Which transport carried the operation (request log). */
  transport: Transport;
  /**
   * The HTTP exchange, when there is one (absent over WebSocket and in-process tests): lets
   * login/logout set and clear the session cookies, and rate limits key anonymous callers by IP.
   */
  http?: HttpExchange;
}

export type Transport = 'http' | 'ws' | 'in-process';

export interface HttpExchange {
  ip: string;
  sessionTtlHours: number;
  setSessionCookies(sessionToken: string, csrfToken: string, expiresAt: Date): void;
  /**
   * Runs a password log-in under the failed-authentication budgets of the address and of the
   * account named from it (server/limits/auth-failure-limiter.ts): refused with 429 while
   * either is blocked, and a refused password costs both a point.
   */
  guardLogIn<T>(username: string, logIn: () => Promise<T>): Promise<T>;
  clearSessionCookies(): void;
  /**
   * The media type the answer is sent in, negotiated from Accept as Apollo does
   * (`application/json` or `application/graphql-response+json`, with `; charset=utf-8`); null
   * when neither is acceptable (Apollo answers 406).
   */
  mediaType: string | null;
}

export function createContext(input: {
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  operationName?: string | null;
  http?: HttpExchange;
  transport?: Transport;
}): Context {
  return {
    ...(input.http ? { http: input.http } : {}),
    viewer: input.viewer,
    requestId: input.requestId,
    logger: input.logger.child({ requestId: input.requestId }),
    reads: new Map(),
    operationName: input.operationName ?? null,
    transport: input.transport ?? (input.http ? 'http' : 'in-process'),
  };
}
