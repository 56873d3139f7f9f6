import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { parseApiKey } from './api-key.js';
import { apiKeyOfConnectionParams, credentialOfRequest, type PresentedCredential } from './resolve-viewer.js';

/**
 * Which credential a request presents, as the failed-authentication limiter counts it
 * (server/limits/auth-failure-limiter.ts): the same key, account or session however often it
 * is tried, without the secret. The limiter's counters sit in a database table, so nothing here
 * is a secret or can be turned back into one: an API key is named by its prefix (shown in
 * screens and logs already), an account by a hash of its username, a session by a hash of its
 * token. Null: no credential presented (nothing to count, nothing to refuse).
 */
export type CredentialId = string;

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** An API key by its prefix; anything not shaped like a key shares one bucket (a broken client). */
export function apiKeyCredentialId(key: string): CredentialId {
  const parsed = parseApiKey(key);
  return parsed ? `key:${parsed.prefix}` : 'key:malformed';
}

/** A password log-in by its account (case as typed is the account's: usernames are exact). */
export function loginCredentialId(username: string): CredentialId {
  return `user:${digest(username)}`;
}

function fromPresented(credential: PresentedCredential): CredentialId | null {
  if (credential.apiKey !== undefined) return apiKeyCredentialId(credential.apiKey);
  if (credential.sessionToken !== undefined) return `session:${digest(credential.sessionToken)}`;
  return null;
}

/** The credential of an HTTP request (or a WebSocket upgrade's headers). */
export function credentialIdOfRequest(req: IncomingMessage): CredentialId | null {
  return fromPresented(credentialOfRequest(req));
}

/** The credential a socket's `connection_init` is judged on: the payload's key, else the upgrade's. */
export function credentialIdOfConnection(params: Record<string, unknown>, req: IncomingMessage): CredentialId | null {
  const key = apiKeyOfConnectionParams(params);
  return key !== undefined ? apiKeyCredentialId(key) : credentialIdOfRequest(req);
}
