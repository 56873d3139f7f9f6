/** Agreement kinds of the partner family (insurer ↔ partner); the rest are service agreements. */
const PARTNER_KINDS = new Set([
  'CRITICAL_ILLNESS_INSURANCE',
  'INVESTIGATION_ENTRUSTMENT',
  'ADMINISTRATION_SERVICE',
  'SUPERVISION_SERVICE',
]);

export function familyOf(kind: unknown): 'SERVICE' | 'PARTNER' {
  return PARTNER_KINDS.has(String(kind)) ? 'PARTNER' : 'SERVICE';
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** The create form's values → `DraftAgreementInput`: the family follows the kind, and only its party goes along. */
export function draftInput(data: Record<string, unknown>): Record<string, unknown> {
  const family = familyOf(data.kind);
  return {
    family,
    kind: data.kind,
    insurerId: data.insurerId || null,
    providerId: family === 'SERVICE' ? data.providerId || null : null,
    partnerId: family === 'PARTNER' ? data.partnerId || null : null,
    entrustedWork: family === 'PARTNER' ? (data.entrustedWork ?? []) : null,
    number: text(data.number),
    startsOn: data.startsOn,
    endsOn: data.endsOn,
    templateCode: text(data.templateCode) ?? '',
    templateVersion: text(data.templateVersion) ?? '',
    changeNote: text(data.changeNote),
    reason: text(data.reason),
    clauses: ((data.clauses as Record<string, unknown>[] | undefined) ?? []).map((c) => ({
      clauseNo: String(c.clauseNo ?? ''),
      titleZh: c.titleZh,
      titleEn: c.titleEn,
      bodyZh: c.bodyZh,
      bodyEn: c.bodyEn,
    })),
    indicators: ((data.indicators as Record<string, unknown>[] | undefined) ?? []).map((i) => ({
      metric: i.metric,
      comparator: i.comparator,
      threshold: String(i.threshold ?? ''),
      unit: i.unit,
      breachMeasure: i.breachMeasure ?? null,
    })),
  };
}
