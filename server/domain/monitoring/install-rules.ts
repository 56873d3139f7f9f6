import type { Tx } from '../../db/database.js';
import { RULES } from './rules/index.js';

/**
 * Gives an insurer one rule of every shipped definition with its default settings (code
 * `<insurer code>-<rule key>`), skipping those it already has; insurers then tune them.
 */
export async function installRules(tx: Tx, insurerId: string): Promise<number> {
  const insurer = await tx.insurer.findUniqueOrThrow({ where: { id: insurerId }, select: { code: true } });
  const types = await tx.violationType.findMany({ select: { id: true, code: true } });
  const typeId = new Map(types.map((t) => [t.code, t.id]));
  const result = await tx.auditRule.createMany({
    data: RULES.map((r) => ({
      code: `${insurer.code}-${r.key}`,
      insurerId,
      ruleKey: r.key,
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      kind: r.defaults.kind,
      stages: r.moments,
      judgementLevel: r.defaults.judgementLevel,
      blocking: r.defaults.blocking,
      parameters: r.defaults.parameters as object,
      violationTypeId: r.defaults.violationTypeCode ? (typeId.get(r.defaults.violationTypeCode) ?? null) : null,
    })),
    skipDuplicates: true,
  });
  // A rule the insurer already has under the same code (from the rule catalogue, recorded
  // before rules could run) is adopted: it keeps its settings and gains the definition.
  for (const r of RULES) {
    await tx.auditRule.updateMany({ where: { insurerId, code: `${insurer.code}-${r.key}`, ruleKey: null }, data: { ruleKey: r.key } });
  }
  return result.count;
}
