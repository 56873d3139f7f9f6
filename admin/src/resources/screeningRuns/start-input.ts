/** The create form's values → `StartScreeningRunInput`: months as `YYYY-MM`, no empty rule list. */
export function startRunInput(data: Record<string, unknown>): Record<string, unknown> {
  const month = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 7) : '');
  const ruleIds = Array.isArray(data.ruleIds) ? data.ruleIds.filter((id) => typeof id === 'string') : [];
  return {
    fromMonth: month(data.fromMonth),
    toMonth: month(data.toMonth) || month(data.fromMonth),
    ...(ruleIds.length > 0 ? { ruleIds } : {}),
    ...(typeof data.insurerId === 'string' && data.insurerId ? { insurerId: data.insurerId } : {}),
  };
}

/** A run still moving: the show page polls it until it stops. */
export const isLive = (status: unknown) => status === 'QUEUED' || status === 'RUNNING';
