const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** 内科、外科, 内科,外科 or 内科 外科: the scope as the clerk types it, one entry per department. */
export function scopeList(value: unknown): string[] {
  return String(value ?? '')
    .split(/[,，、;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The paper-application form → `ApplyForDesignationInput`. Only the class that fits the kind
 * goes along (a pharmacy class for retail pharmacies, a hospital grade for the others); empty
 * material rows are dropped; the insurer only when the form asked for one (platform admins).
 */
export function applicationInput(data: Record<string, unknown>) {
  const pharmacy = data.kind === 'RETAIL_PHARMACY';
  const materials = ((data.materials as Record<string, unknown>[] | undefined) ?? [])
    .map((m) => ({ title: text(m?.title), ref: text(m?.ref) }))
    .filter((m) => m.title || m.ref);
  return {
    applicantNameZh: text(data.applicantNameZh),
    applicantNameEn: text(data.applicantNameEn),
    kind: data.kind,
    hospitalGrade: pharmacy ? null : (data.hospitalGrade ?? null),
    pharmacyClass: pharmacy ? (data.pharmacyClass ?? null) : null,
    ownership: data.ownership,
    licenceScope: scopeList(data.licenceScope),
    regionCode: text(data.regionCode),
    address: text(data.address),
    materials,
    ...(data.insurerId ? { insurerId: data.insurerId } : {}),
  };
}
