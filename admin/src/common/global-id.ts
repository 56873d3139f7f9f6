/**
 * Relay global IDs are base64 of `Type:rawId` (Pothos's default encoding). Audit events name
 * their entity by type and raw id (`subject: "Agreement/<uuid>"`), so the console decodes a
 * record's global ID to link it to its events.
 */
export function decodeGlobalId(globalId: string): { type: string; id: string } | null {
  try {
    const text =
      typeof atob === 'function' ? atob(globalId) : Buffer.from(globalId, 'base64').toString('utf8');
    const at = text.indexOf(':');
    if (at <= 0) return null;
    return { type: text.slice(0, at), id: text.slice(at + 1) };
  } catch {
    return null;
  }
}

export function encodeGlobalId(type: string, id: string): string {
  const text = `${type}:${id}`;
  return typeof btoa === 'function' ? btoa(text) : Buffer.from(text, 'utf8').toString('base64');
}

/** The audit `subject` of a record, from its global ID. */
export function auditSubject(globalId: string): string | null {
  const decoded = decodeGlobalId(globalId);
  return decoded ? `${decoded.type}/${decoded.id}` : null;
}
