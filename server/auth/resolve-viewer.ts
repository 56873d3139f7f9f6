import type { IncomingMessage } from 'node:http';
import { DomainError } from '../domain/errors.js';
import { db } from '../db/database.js';
import { anonymousViewer, type Viewer } from './viewer.js';
import { apiKeyMatches, hashApiKey, parseApiKey } from './api-key.js';
import { CSRF_HEADER, SESSION_COOKIE, hashSessionToken, tokensEqual } from './session-token.js';
import { onCredentialRevoked } from './revocation.js';
import { ViewerCache } from './viewer-cache.js';

/**
 * Turns the credential a request carries into a Viewer, once per HTTP request or WebSocket
 * connection. An API key (`Authorization: Bearer ahk_…` or `X-Api-Key`) wins over a session
 * cookie; a request without either is anonymous (scope-auth lets it reach only public fields).
 * A credential that is present but invalid is refused (UNAUTHENTICATED), never treated as
 * anonymous, so a client with an expired key learns why instead of seeing empty lists.
 */

/** lastUsedAt is written at most once per key per minute: cheap, and precise enough to audit. */
const LAST_USED_WRITE_INTERVAL_MS = 60_000;

/** A credential that is present but not good: the transports answer 401 (HTTP) or 4403 (socket). */
export function unauthenticated(en: string, zh: string): DomainError {
  return new DomainError('UNAUTHENTICATED', { en, zh });
}

function csrfRefused(): DomainError {
  return new DomainError('FORBIDDEN', {
    en: 'Missing or invalid X-CSRF-Token header for a session-cookie request',
    zh: '会话请求缺少或携带了无效的 X-CSRF-Token 请求头',
  });
}

export interface PresentedCredential {
  apiKey?: string;
  sessionToken?: string;
  /** CSRF token presented alongside a session cookie (header, or connection_init payload). */
  csrfToken?: string;
}

/**
 * Performance (bench/RESULTS.md): an API-key request used to cost a key lookup (and, once a
 * minute, a lastUsedAt write) before any of its own work; integrations send many small
 * requests with the same key. HTTP requests now reuse the viewer resolved for the same key
 * for a few seconds (server/auth/viewer-cache.ts says what stays immediate and what may lag).
 * WebSocket sockets and `credentialStillValid` always read the database.
 */
const apiKeyViewers = new ViewerCache();
onCredentialRevoked((credentialId) => apiKeyViewers.forget(credentialId));

/** Drops the cached viewer of a credential; for revocations announced by other replicas (NOTIFY). */
export function forgetCachedViewer(credentialId: string): void {
  apiKeyViewers.forget(credentialId);
}

/** Drops every cached API-key viewer (a credential changed in the database behind the hub's back). */
export function forgetCachedViewers(): void {
  apiKeyViewers.clear();
}

export async function resolveViewerFromRequest(req: IncomingMessage, now = new Date()): Promise<Viewer> {
  const credential = credentialOfRequest(req);
  if (credential.apiKey !== undefined) return cachedViewerFromApiKey(credential.apiKey, now);
  if (credential.sessionToken !== undefined) {
    const { viewer, csrfToken } = await viewerFromSession(credential.sessionToken, now);
    if (!credential.csrfToken || !tokensEqual(credential.csrfToken, csrfToken)) throw csrfRefused();
    return viewer;
  }
  return anonymousViewer;
}

/**
 * WebSocket `connection_init`: `{ authorization: 'Bearer ahk_…' }` (or `apiKey`), or the session
 * cookie of the upgrade request together with `{ csrfToken }` (a cross-site page can open a
 * socket that carries the cookie, but cannot know the token). Null refuses the socket, which
 * graphql-ws closes with 4403 Forbidden; anonymous sockets are refused too (nothing to see).
 */
export async function resolveViewerFromConnectionParams(
  params: Record<string, unknown>,
  req: IncomingMessage,
  now = new Date(),
): Promise<Viewer | null> {
  const fromParams = apiKeyOfConnectionParams(params);
  try {
    if (fromParams !== undefined) return await viewerFromApiKey(fromParams, now);
    const credential = credentialOfRequest(req);
    if (credential.apiKey !== undefined) return await viewerFromApiKey(credential.apiKey, now);
    if (credential.sessionToken !== undefined) {
      const { viewer, csrfToken } = await viewerFromSession(credential.sessionToken, now);
      const presented = stringParam(params, 'csrfToken');
      return presented && tokensEqual(presented, csrfToken) ? viewer : null;
    }
    return null;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** The API key a `connection_init` payload presents (`authorization: Bearer …` or `apiKey`), if any. */
export function apiKeyOfConnectionParams(params: Record<string, unknown>): string | undefined {
  const authorization = stringParam(params, 'authorization') ?? stringParam(params, 'Authorization');
  return authorization !== undefined ? (bearer(authorization) ?? '') : stringParam(params, 'apiKey');
}

/**
 * Is the credential behind this viewer still good, and does it still grant what the viewer was
 * resolved with? Checked again on every new subscription and once a minute: a socket holds its
 * viewer from connection_init, so a user whose role or tenant changed (changeUserRole, or a
 * write another replica or an operator made without an announcement) must not keep the old one.
 */
export async function credentialStillValid(viewer: Viewer, now = new Date()): Promise<boolean> {
  if (!viewer.credentialId) return viewer.role !== null;
  if (viewer.actorType === 'API_CLIENT') {
    const key = await db().apiKey.findUnique({ where: { id: viewer.credentialId }, include: { apiClient: true } });
    return !!key && keyUsable(key, now) && sameGrant(viewer, { ...key.apiClient, providerId: null });
  }
  const session = await db().session.findUnique({ where: { id: viewer.credentialId }, include: { user: true } });
  return !!session && sessionUsable(session, now) && sameGrant(viewer, { ...session.user, partnerId: null });
}

type Grant = Pick<Viewer, 'role' | 'insurerId' | 'partnerId' | 'providerId'>;

function sameGrant(viewer: Viewer, stored: Grant): boolean {
  return (
    viewer.role === stored.role &&
    viewer.insurerId === stored.insurerId &&
    viewer.partnerId === stored.partnerId &&
    viewer.providerId === stored.providerId
  );
}

/** Does the request carry a credential (key header or session cookie), good or not? */
export function presentsCredential(req: IncomingMessage): boolean {
  const credential = credentialOfRequest(req);
  return credential.apiKey !== undefined || credential.sessionToken !== undefined;
}

export function credentialOfRequest(req: IncomingMessage): PresentedCredential {
  const authorization = header(req, 'authorization');
  if (authorization !== undefined) {
    const key = bearer(authorization);
    // A malformed Authorization header is a broken client, not an anonymous one.
    return { apiKey: key ?? '' };
  }
  const apiKey = header(req, 'x-api-key');
  if (apiKey !== undefined) return { apiKey };
  const cookieHeader = header(req, 'cookie');
  const sessionToken = cookieHeader ? cookieValue(cookieHeader, SESSION_COOKIE) : undefined;
  if (sessionToken) return { sessionToken, csrfToken: header(req, CSRF_HEADER) };
  return {};
}

type KeyRow = NonNullable<Awaited<ReturnType<typeof findKey>>>;

function findKey(prefix: string) {
  return db().apiKey.findUnique({ where: { prefix }, include: { apiClient: true } });
}

function keyUsable(key: KeyRow, now: Date): boolean {
  return !key.revokedAt && (!key.expiresAt || key.expiresAt > now) && !key.apiClient.disabledAt;
}

async function cachedViewerFromApiKey(presented: string, now: Date): Promise<Viewer> {
  // The cache is keyed by the key's SHA-256 (the stored hash), never by the secret itself:
  // a hit means the presented key hashes to a key that was valid moments ago.
  const keyHash = hashApiKey(presented);
  const cached = apiKeyViewers.get(keyHash, now.getTime());
  if (cached) return cached;
  const generation = apiKeyViewers.generation;
  const { viewer, expiresAt } = await apiKeyViewer(presented, now);
  apiKeyViewers.set(keyHash, viewer, now.getTime(), expiresAt?.getTime() ?? null, generation);
  return viewer;
}

async function viewerFromApiKey(presented: string, now: Date): Promise<Viewer> {
  return (await apiKeyViewer(presented, now)).viewer;
}

async function apiKeyViewer(presented: string, now: Date): Promise<{ viewer: Viewer; expiresAt: Date | null }> {
  const parsed = parseApiKey(presented);
  const key = parsed ? await findKey(parsed.prefix) : null;
  // Hash even when no row was found, so that timing does not tell which prefixes exist.
  const matches = key ? apiKeyMatches(presented, key.keyHash) : (hashApiKey(presented), false);
  if (!key || !matches) throw unauthenticated('Invalid API key', 'API 密钥无效');
  if (key.revokedAt) throw unauthenticated('API key has been revoked', 'API 密钥已被吊销');
  if (key.expiresAt && key.expiresAt <= now) throw unauthenticated('API key has expired', 'API 密钥已过期');
  if (key.apiClient.disabledAt) throw unauthenticated('API client is disabled', 'API 客户端已停用');
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_WRITE_INTERVAL_MS) {
    // Not awaited: bookkeeping must not slow or fail the request.
    db()
      .apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } })
      .catch(() => undefined);
  }
  const client = key.apiClient;
  return {
    expiresAt: key.expiresAt,
    viewer: {
      actorType: 'API_CLIENT',
      actorId: client.id,
      name: client.name,
      role: client.role,
      insurerId: client.insurerId,
      partnerId: client.partnerId,
      providerId: null,
      credentialId: key.id,
      ...(key.expiresAt ? { credentialExpiresAt: key.expiresAt } : {}),
    },
  };
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

function findSession(tokenHash: string) {
  return db().session.findUnique({ where: { tokenHash }, include: { user: true } });
}

function sessionUsable(session: SessionRow, now: Date): boolean {
  return !session.revokedAt && session.expiresAt > now && !session.user.disabledAt;
}

async function viewerFromSession(token: string, now: Date): Promise<{ viewer: Viewer; csrfToken: string }> {
  const session = await findSession(hashSessionToken(token));
  if (!session || !sessionUsable(session, now)) {
    throw unauthenticated('Session expired or signed out; please sign in again', '会话已过期或已退出，请重新登录');
  }
  const user = session.user;
  return {
    csrfToken: session.csrfToken,
    viewer: {
      actorType: 'USER',
      actorId: user.id,
      name: user.displayName,
      role: user.role,
      insurerId: user.insurerId,
      partnerId: null,
      providerId: user.providerId,
      credentialId: session.id,
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function bearer(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  return match ? match[1] : undefined;
}

function stringParam(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' ? value : undefined;
}

/** One cookie's value from a Cookie header (RFC 6265 pairs separated by `;`). */
export function cookieValue(cookieHeader: string, name: string): string | undefined {
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
    const raw = pair.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}
