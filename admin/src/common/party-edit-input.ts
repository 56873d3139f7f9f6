const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * The provider edit form → `UpdateProviderInput`. Only the class that fits the kind goes
 * along (a grade for non-pharmacies, a class for retail pharmacies); an emptied address is
 * sent as null (cleared). Status and ban are not editable (they follow the agreements).
 */
export function providerEditInput(id: string | undefined, data: Record<string, unknown>) {
  const pharmacy = data.kind === 'RETAIL_PHARMACY';
  return {
    id: id ?? data.id,
    expectedVersion: data.expectedVersion ?? data.version,
    nameZh: text(data.nameZh),
    nameEn: text(data.nameEn),
    address: text(data.address),
    licenceScope: ((data.licenceScope as unknown[] | undefined) ?? [])
      .map((s) => String(s).trim())
      .filter(Boolean),
    hospitalGrade: pharmacy ? undefined : (data.hospitalGrade ?? null),
    pharmacyClass: pharmacy ? (data.pharmacyClass ?? null) : undefined,
    ownership: data.ownership,
    regionCode: text(data.regionCode),
  };
}

/** Partner: names and kind (platform admin only). */
export function partnerEditInput(id: string | undefined, data: Record<string, unknown>) {
  return {
    id: id ?? data.id,
    expectedVersion: data.expectedVersion ?? data.version,
    nameZh: text(data.nameZh),
    nameEn: text(data.nameEn),
    kind: data.kind,
  };
}

/** Physician: names, licence number and profession (never the ID number). */
export function physicianEditInput(id: string | undefined, data: Record<string, unknown>) {
  return {
    id: id ?? data.id,
    expectedVersion: data.expectedVersion ?? data.version,
    nameZh: text(data.nameZh),
    nameEn: text(data.nameEn),
    licenceNumber: text(data.licenceNumber),
    profession: data.profession,
  };
}

/** Registering a physician (医保医师备案): every field, trimmed; the ID number's x upper-cased. */
export function physicianRegisterInput(data: Record<string, unknown>) {
  return {
    code: text(data.code),
    nameZh: text(data.nameZh),
    nameEn: text(data.nameEn),
    idNumber: text(data.idNumber)?.toUpperCase() ?? null,
    licenceNumber: text(data.licenceNumber),
    profession: data.profession,
    primaryProviderId: data.primaryProviderId,
  };
}
