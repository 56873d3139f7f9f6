const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** The receive form's values → `ReceiveTipOffInput`: the reported provider and the reporter's contact are optional. */
export function receiveTipOffInput(data: Record<string, unknown>): Record<string, unknown> {
  return {
    channel: data.channel,
    summary: text(data.summary) ?? '',
    providerId: text(data.providerId),
    reporterContact: text(data.reporterContact),
    ...(text(data.insurerId) ? { insurerId: text(data.insurerId) } : {}),
  };
}
