/**
 * What changed between two versions of an agreement's terms (amendment / re-signing on a new
 * template): clauses by number, indicators by metric, and the template itself.
 */
export interface Clause {
  clauseNo: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}
export interface Indicator {
  metric: string;
  comparator: string;
  threshold: string;
  unit: string;
  breachMeasure?: string | null;
}
export interface Terms {
  versionNo: number;
  templateCode: string;
  templateVersion: string;
  clauses?: Clause[];
  indicators?: Indicator[];
}

export type Change<T> =
  | { kind: 'added'; key: string; after: T }
  | { kind: 'removed'; key: string; before: T }
  | { kind: 'changed'; key: string; before: T; after: T };

export interface VersionDiff {
  template: { before: string; after: string } | null;
  clauses: Change<Clause>[];
  indicators: Change<Indicator>[];
}

function diffBy<T>(
  before: T[],
  after: T[],
  key: (t: T) => string,
  same: (a: T, b: T) => boolean,
): Change<T>[] {
  const old = new Map(before.map((t) => [key(t), t]));
  const changes: Change<T>[] = [];
  for (const item of after) {
    const k = key(item);
    const prev = old.get(k);
    if (!prev) changes.push({ kind: 'added', key: k, after: item });
    else if (!same(prev, item)) changes.push({ kind: 'changed', key: k, before: prev, after: item });
    old.delete(k);
  }
  for (const [k, prev] of old) changes.push({ kind: 'removed', key: k, before: prev });
  return changes.sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}

const sameClause = (a: Clause, b: Clause) =>
  a.titleZh === b.titleZh && a.titleEn === b.titleEn && a.bodyZh === b.bodyZh && a.bodyEn === b.bodyEn;
const sameIndicator = (a: Indicator, b: Indicator) =>
  a.comparator === b.comparator &&
  Number(a.threshold) === Number(b.threshold) &&
  a.unit === b.unit &&
  (a.breachMeasure ?? null) === (b.breachMeasure ?? null);

export function diffVersions(before: Terms | null | undefined, after: Terms): VersionDiff {
  if (!before) return { template: null, clauses: [], indicators: [] };
  const t0 = `${before.templateCode} ${before.templateVersion}`;
  const t1 = `${after.templateCode} ${after.templateVersion}`;
  return {
    template: t0 === t1 ? null : { before: t0, after: t1 },
    clauses: diffBy(before.clauses ?? [], after.clauses ?? [], (c) => c.clauseNo, sameClause),
    indicators: diffBy(before.indicators ?? [], after.indicators ?? [], (i) => i.metric, sameIndicator),
  };
}
