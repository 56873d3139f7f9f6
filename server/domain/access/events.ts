/**
 * Audit event types of identities and credentials (same naming as ../audit-event-types.ts).
 * Their data never holds a secret: no password, session token, CSRF token or API key, only
 * ids and the key's public prefix.
 */
export const ACCESS_EVENT = {
  sessionStarted: 'session.started',
  sessionEnded: 'session.ended',
  userLockedOut: 'user.lockedOut',
  userCreated: 'user.created',
  userDisabled: 'user.disabled',
  userEnabled: 'user.enabled',
  userRoleChanged: 'user.roleChanged',
  apiClientCreated: 'apiClient.created',
  apiClientDisabled: 'apiClient.disabled',
  apiClientEnabled: 'apiClient.enabled',
  apiKeyIssued: 'apiKey.issued',
  apiKeyRotated: 'apiKey.rotated',
  apiKeyRevoked: 'apiKey.revoked',
} as const;

export const ACCESS_ENTITY = {
  user: 'User',
  session: 'Session',
  apiClient: 'ApiClient',
  apiKey: 'ApiKey',
} as const;
