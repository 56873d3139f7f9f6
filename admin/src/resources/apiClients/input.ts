/** Only the owner the chosen role uses is sent (inputs hidden by a role change keep their values). */
export function apiClientInput(data: Record<string, unknown>): Record<string, unknown> {
  const role = data.role ?? 'INTEGRATOR';
  const byPartner = role === 'PARTNER' || data.owner === 'partner';
  return {
    name: typeof data.name === 'string' ? data.name.trim() : data.name,
    role,
    partnerId: byPartner ? (data.partnerId ?? null) : null,
    insurerId: byPartner ? null : (data.insurerId ?? null),
  };
}
