import type { HospitalGrade, PharmacyClass, ProviderKind } from '../../db/generated/prisma/enums.js';
import type { FieldIssue } from '../errors.js';

/**
 * Master-data edit rules (docs/domain/parties.md "Provider": hospitals carry a grade 一级/二级/三级, retail
 * pharmacies may be class A/B). Pure functions: the commands load the row, ask these, write.
 */

export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** Normalises values so that equal dates, arrays and decimals compare equal. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return JSON.stringify(value.map(comparable));
  return value ?? null;
}

/**
 * The fields a patch really changes, with before and after (for the audit event). Fields the
 * patch omits (`undefined`) are left out; `null` clears a nullable field.
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  patch: Partial<T>,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [field, to] of Object.entries(patch)) {
    if (to === undefined) continue;
    const from = before[field];
    if (comparable(from) !== comparable(to)) changes[field] = { from: from ?? null, to };
  }
  return changes;
}

/** A pharmacy class belongs to retail pharmacies only; a hospital grade never to a pharmacy. */
export function providerClassIssues(p: {
  kind: ProviderKind;
  hospitalGrade: HospitalGrade | null;
  pharmacyClass: PharmacyClass | null;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (p.kind === 'RETAIL_PHARMACY' && p.hospitalGrade)
    issues.push({ path: ['input', 'hospitalGrade'], message: 'a retail pharmacy has no hospital grade' });
  if (p.kind !== 'RETAIL_PHARMACY' && p.pharmacyClass)
    issues.push({
      path: ['input', 'pharmacyClass'],
      message: 'only retail pharmacies have a pharmacy class',
    });
  return issues;
}

/** Nothing to write: refused so a client notices that its edit did not apply. */
export const NOTHING_CHANGED: FieldIssue = {
  path: ['input'],
  message: 'nothing to change: every field is as it was',
};
