import { ruleDefinition } from './rules/index.js';
import { joinExplanations, type Detail, type Explanation } from './rules/explain.js';

/** The stored facts of a rule hit that its explanation is written from. */
export interface HitFacts {
  ruleKey: string | null;
  /** The offences the rule found (an array of its detail objects), or a breached indicator's facts. */
  detailJson: unknown;
  /** A sentence stored with the hit (breached indicators write one in Chinese). */
  detail: string | null;
}

/**
 * Why a claim was flagged, in Chinese and English: each offence the rule found, in the rule's
 * own words (rules/*.ts `explain`), joined. A breached control indicator's hit states the
 * indicator, its value and the threshold. Null when the hit carries nothing to explain from
 * (a hit raised by hand with a free-text reason keeps that reason in `detail`).
 */
export function explainHit(hit: HitFacts): Explanation | null {
  const definition = hit.ruleKey ? ruleDefinition(hit.ruleKey) : undefined;
  if (definition && Array.isArray(hit.detailJson)) {
    const rows = hit.detailJson.filter((d): d is Detail => d !== null && typeof d === 'object' && !Array.isArray(d));
    if (rows.length > 0) return joinExplanations(rows.map((d) => definition.explain(d)));
  }
  const indicator = indicatorFacts(hit.detailJson);
  if (indicator) {
    const en = `${indicator.metric} ${indicator.value}, threshold ${indicator.comparator} ${indicator.threshold} (${indicator.month.slice(0, 7)})`;
    return { zh: hit.detail ?? en, en };
  }
  return null;
}

function indicatorFacts(json: unknown): { metric: string; value: string; comparator: string; threshold: string; month: string } | null {
  if (!json || typeof json !== 'object' || !('indicator' in json)) return null;
  const i = (json as { indicator: unknown }).indicator;
  if (!i || typeof i !== 'object') return null;
  const f = i as Record<string, unknown>;
  return {
    metric: String(f.metric ?? ''),
    value: String(f.value ?? ''),
    comparator: String(f.comparator ?? ''),
    threshold: String(f.threshold ?? ''),
    month: String(f.month ?? ''),
  };
}
