export const INSURER_ROLES = ['INSURER_ADMIN', 'INSURER_AUDITOR', 'INSURER_VIEWER'];

/** Only the tenant the chosen role is bound to is sent (a hidden input keeps its old value). */
export function userInput(data: Record<string, unknown>): Record<string, unknown> {
  const role = String(data.role ?? '');
  return {
    username: typeof data.username === 'string' ? data.username.trim() : data.username,
    password: data.password,
    displayName: typeof data.displayName === 'string' ? data.displayName.trim() : data.displayName,
    locale: data.locale ?? null,
    role,
    insurerId: INSURER_ROLES.includes(role) ? (data.insurerId ?? null) : null,
    providerId: role === 'PROVIDER_STAFF' ? (data.providerId ?? null) : null,
  };
}
