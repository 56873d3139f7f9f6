import type { Tx } from '../../server/db/database.js';
import type { AgreementKind } from '../../server/db/generated/prisma/enums.js';
import type { Ids } from './ids.js';
import { INSURERS } from './parties.js';
import { TEMPLATES } from './templates.js';
import { cst, day } from './util.js';

/**
 * Every demo insurer's published template of each kind of agreement (the texts of
 * ./templates.ts as version 1): a clerk drafts a new agreement by choosing one of them, and
 * the console offers only templates that exist (docs/domain/agreements.md "Terms").
 */
export async function seedAgreementTemplates(prisma: Tx, ids: Ids): Promise<void> {
  const rows = INSURERS.flatMap(([insurer]) =>
    (Object.entries(TEMPLATES) as [AgreementKind, (typeof TEMPLATES)[AgreementKind]][]).map(([kind, t]) => ({
      id: ids.next(),
      insurerId: ids.insurer(insurer),
      kind,
      code: t.templateCode,
      versionNo: 1,
      titleZh: t.nameZh,
      titleEn: t.nameEn,
      status: 'PUBLISHED' as const,
      effectiveFrom: day('2024-01-01'),
      clauses: t.clauses.map((c) => ({ ...c, ruleCodes: [], indicatorMetrics: [], ladder: null })),
      indicators: t.indicators.map((i) => ({ ...i, breachMeasure: i.breachMeasure ?? null })),
      publishedAt: cst('2023-12-20T10:00:00'),
    })),
  );
  await prisma.agreementTemplate.createMany({ data: rows });
}
