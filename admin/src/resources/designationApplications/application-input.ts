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
 * material rows are dropped; the insurer only when the form asked for one (platform admins);
 * the provider when a provider's staff apply for their own institution.
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
    ...(data.providerId ? { providerId: data.providerId } : {}),
  };
}

type OwnProvider = {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  hospitalGrade?: string | null;
  pharmacyClass?: string | null;
  ownership: string;
  licenceScope?: string[] | null;
  regionCode: string;
  address?: string | null;
  insurer?: { id: string } | null;
};

/**
 * A provider's staff apply as their own institution (the hub binds the application to it
 * whatever is sent): the form starts from the provider's registered particulars, its names
 * locked, the insurer its own (another insurer may still be named).
 */
export function ownProviderDefaults(p: OwnProvider): Record<string, unknown> {
  return {
    providerId: p.id,
    insurerId: p.insurer?.id ?? null,
    applicantNameZh: p.nameZh,
    applicantNameEn: p.nameEn,
    kind: p.kind,
    hospitalGrade: p.hospitalGrade ?? null,
    pharmacyClass: p.pharmacyClass ?? null,
    ownership: p.ownership,
    licenceScope: (p.licenceScope ?? []).join('、'),
    regionCode: p.regionCode,
    address: p.address ?? '',
    materials: [],
  };
}
