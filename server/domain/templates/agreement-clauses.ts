import type { Tx } from '../../db/database.js';
import type { IndicatorMetric } from '../../db/generated/prisma/enums.js';
import { readClauses, type TemplateClause } from './document.js';

export interface AgreementTemplateClauses {
  /** The template's code, e.g. "SVC-2026". */
  code: string;
  clauses: TemplateClause[];
}

/**
 * The template clauses each agreement is bound by: its current version names a template code
 * and version, which this insurer's published (or retired) template of that number holds.
 * Agreements signed on a paper template (no stored template of that number) are absent.
 */
export async function agreementClauses(
  tx: Tx,
  insurerId: string,
  agreementIds: string[],
): Promise<Map<string, AgreementTemplateClauses>> {
  const out = new Map<string, AgreementTemplateClauses>();
  if (agreementIds.length === 0) return out;
  const agreements = await tx.agreement.findMany({
    where: { id: { in: agreementIds }, insurerId },
    select: {
      id: true,
      currentVersionNo: true,
      versions: { select: { versionNo: true, templateCode: true, templateVersion: true } },
    },
  });
  const wanted = new Map<string, { code: string; versionNo: number }>();
  for (const a of agreements) {
    const v = a.versions.find((x) => x.versionNo === a.currentVersionNo);
    const versionNo = v ? Number.parseInt(v.templateVersion, 10) : Number.NaN;
    if (v && Number.isSafeInteger(versionNo)) wanted.set(a.id, { code: v.templateCode, versionNo });
  }
  if (wanted.size === 0) return out;
  const templates = await tx.agreementTemplate.findMany({
    where: {
      insurerId,
      OR: [...new Map([...wanted.values()].map((w) => [`${w.code}#${w.versionNo}`, w])).values()].map(
        (w) => ({ code: w.code, versionNo: w.versionNo }),
      ),
    },
    select: { code: true, versionNo: true, clauses: true },
  });
  const byKey = new Map(
    templates.map((t) => [`${t.code}#${t.versionNo}`, { code: t.code, clauses: readClauses(t.clauses) }]),
  );
  for (const [agreementId, w] of wanted) {
    const t = byKey.get(`${w.code}#${w.versionNo}`);
    if (t) out.set(agreementId, t);
  }
  return out;
}

/**
 * The clause a breach falls under: the first clause linking one of the hit's rule codes or its
 * indicator metric. With `withLadder`, only clauses that prescribe a penalty ladder count.
 */
export function clauseFor(
  clauses: TemplateClause[],
  link: { ruleCodes?: Iterable<string>; metrics?: Iterable<IndicatorMetric> },
  withLadder = false,
): TemplateClause | undefined {
  const codes = new Set(link.ruleCodes ?? []);
  const metrics = new Set(link.metrics ?? []);
  return clauses.find(
    (c) =>
      (!withLadder || !!c.ladder) &&
      (c.ruleCodes.some((r) => codes.has(r)) || c.indicatorMetrics.some((m) => metrics.has(m))),
  );
}
