import { thresholdToForm } from '../../common/indicator-threshold.js';

/**
 * The template of an agreement is chosen among the insurer's published templates of the
 * agreement's kind (the picker in TemplateInput.tsx): its code and version number are what
 * the agreement's version records, and its clauses and indicators seed an empty draft.
 */
export interface TemplateRow {
  id: string;
  code: string;
  versionNo: number;
  titleZh: string;
  titleEn: string;
}

/** A choice's id names code and version (`MED-INST@2`): a kept "2024版" and version 1 of the same code are two choices. */
export interface TemplateChoice {
  id: string;
  name: string;
  code: string;
  version: string;
}

export const choiceId = (code: string, version: string | number) => (code ? `${code}@${version}` : '');

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One choice per code (its highest published version), by code; a value the form was loaded
 * with that is no published template (an older agreement's "2024版") stays choosable as
 * itself, so editing a draft never blanks it.
 */
export function templateChoices(
  rows: TemplateRow[],
  locale: string,
  translate: Translate,
  kept?: { code: string; version: string } | null,
): TemplateChoice[] {
  const latest = new Map<string, TemplateRow>();
  for (const row of rows) {
    const seen = latest.get(row.code);
    if (!seen || seen.versionNo < row.versionNo) latest.set(row.code, row);
  }
  const choices: TemplateChoice[] = [...latest.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((t) => ({
      id: choiceId(t.code, t.versionNo),
      code: t.code,
      version: String(t.versionNo),
      name: `${t.code} · ${translate('hub.agreement.templateVersionNo', { n: t.versionNo })} · ${
        locale === 'en' ? t.titleEn : t.titleZh
      }`,
    }));
  const keptMatches = kept?.code && latest.get(kept.code)?.versionNo === Number(kept.version);
  if (kept?.code && !keptMatches) {
    choices.unshift({
      id: choiceId(kept.code, kept.version),
      code: kept.code,
      version: kept.version,
      name: translate('hub.agreement.templateKept', { code: kept.code, version: kept.version }),
    });
  }
  return choices;
}

type Values = Record<string, unknown>;
const list = (v: unknown) => (Array.isArray(v) ? (v as Values[]) : []);

/** A template's clauses and indicators as the agreement form's terms (the template's links and ladders stay with it). */
export function termsFromTemplate(template: Values): { clauses: Values[]; indicators: Values[] } {
  return {
    clauses: list(template.clauses).map((c) => ({
      clauseNo: c.clauseNo,
      titleZh: c.titleZh,
      titleEn: c.titleEn,
      bodyZh: c.bodyZh,
      bodyEn: c.bodyEn,
    })),
    indicators: list(template.indicators).map((i) => ({
      metric: i.metric,
      comparator: i.comparator,
      threshold: thresholdToForm(i.threshold, i.unit),
      unit: i.unit,
      breachMeasure: i.breachMeasure ?? null,
    })),
  };
}
