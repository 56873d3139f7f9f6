import { thresholdToApi } from '../../common/indicator-threshold.js';

/**
 * Form values of the template editor → the API's DraftAgreementTemplateInput /
 * UpdateAgreementTemplateInput. Rule codes are typed as one comma-separated line; a clause
 * without a window and without steps has no ladder.
 */
type Values = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v == null ? '' : String(v));
const optionalText = (v: unknown) => (text(v) === '' ? null : text(v));
const int = (v: unknown) => (v === '' || v == null ? null : Number(v));
const list = (v: unknown) => (Array.isArray(v) ? (v as Values[]) : []);

export function ruleCodesOf(v: unknown): string[] {
  const parts = Array.isArray(v) ? v.map(String) : text(v).split(/[,，;；\s]+/);
  return [...new Set(parts.map((s) => s.trim()).filter(Boolean))];
}

function ladderOf(v: unknown) {
  const ladder = (v ?? {}) as Values;
  const steps = list(ladder.steps).map((s) => ({
    measure: s.measure as string,
    multiple: optionalText(s.multiple),
    durationMonths: int(s.durationMonths),
  }));
  const windowMonths = int(ladder.windowMonths);
  if (windowMonths === null && steps.length === 0) return null;
  return { windowMonths: windowMonths ?? 0, steps };
}

export function clausesInput(values: Values) {
  return list(values.clauses).map((c) => ({
    clauseNo: text(c.clauseNo),
    titleZh: text(c.titleZh),
    titleEn: text(c.titleEn),
    bodyZh: text(c.bodyZh),
    bodyEn: text(c.bodyEn),
    ruleCodes: ruleCodesOf(c.ruleCodes),
    indicatorMetrics: Array.isArray(c.indicatorMetrics) ? (c.indicatorMetrics as string[]) : [],
    ladder: ladderOf(c.ladder),
  }));
}

export function indicatorsInput(values: Values) {
  return list(values.indicators).map((i) => ({
    metric: i.metric as string,
    comparator: i.comparator as string,
    threshold: thresholdToApi(i.threshold, i.unit),
    unit: i.unit as string,
    breachMeasure: (i.breachMeasure as string | undefined) || null,
  }));
}

export function draftTemplateInput(values: Values) {
  return {
    code: text(values.code),
    kind: values.kind as string,
    titleZh: text(values.titleZh),
    titleEn: text(values.titleEn),
    effectiveFrom: values.effectiveFrom as string,
    changeNote: optionalText(values.changeNote),
    clauses: clausesInput(values),
    indicators: indicatorsInput(values),
  };
}

export function updateTemplateInput(id: string, values: Values) {
  return {
    id,
    expectedVersion: Number(values.version),
    titleZh: text(values.titleZh),
    titleEn: text(values.titleEn),
    effectiveFrom: values.effectiveFrom as string,
    changeNote: optionalText(values.changeNote),
    clauses: clausesInput(values),
    indicators: indicatorsInput(values),
  };
}
