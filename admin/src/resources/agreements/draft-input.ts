import { choiceId } from './template-choice.js';
import { thresholdToApi, thresholdToForm } from '../../common/indicator-threshold.js';

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
    ...termsInput(data),
  };
}

/** Clauses and indicators of the form, as the API's inputs (no ids, thresholds as decimal strings). */
function termsInput(data: Record<string, unknown>) {
  return {
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
      threshold: thresholdToApi(i.threshold, i.unit),
      unit: i.unit,
      breachMeasure: i.breachMeasure ?? null,
    })),
  };
}

type EditRecord = Record<string, unknown> & {
  provider?: { id: string } | null;
  partner?: { id: string } | null;
  currentVersion?: Record<string, unknown> | null;
};

/** The edit document's record (nested parties, current version's terms) → the edit form's values. */
export function draftEditValues(record: EditRecord): Record<string, unknown> {
  const terms = record.currentVersion ?? {};
  return {
    id: record.id,
    number: record.number,
    family: record.family,
    kind: record.kind,
    version: record.version,
    providerId: record.provider?.id ?? null,
    partnerId: record.partner?.id ?? null,
    entrustedWork: record.entrustedWork ?? [],
    startsOn: record.startsOn,
    endsOn: record.endsOn,
    template: choiceId(String(terms.templateCode ?? ''), String(terms.templateVersion ?? '')),
    templateCode: terms.templateCode ?? '',
    templateVersion: terms.templateVersion ?? '',
    clauses: terms.clauses ?? [],
    indicators: ((terms.indicators as Record<string, unknown>[] | undefined) ?? []).map((i) => ({
      ...i,
      threshold: thresholdToForm(i.threshold, i.unit),
    })),
  };
}

/**
 * The edit form's values → `UpdateDraftAgreementInput`: the draft's family is fixed, so only
 * its party goes along; clauses and indicators replace version 1's wholesale.
 */
export function updateDraftInput(id: string | undefined, data: Record<string, unknown>) {
  const family = data.family === 'PARTNER' ? 'PARTNER' : 'SERVICE';
  return {
    id: id ?? data.id,
    expectedVersion: data.expectedVersion ?? data.version,
    kind: data.kind,
    providerId: family === 'SERVICE' ? data.providerId || null : null,
    partnerId: family === 'PARTNER' ? data.partnerId || null : null,
    entrustedWork: family === 'PARTNER' ? (data.entrustedWork ?? []) : null,
    startsOn: data.startsOn,
    endsOn: data.endsOn,
    templateCode: text(data.templateCode),
    templateVersion: text(data.templateVersion),
    ...termsInput(data),
  };
}
