import type { Tx } from '../../db/database.js';
import type { RuleStage } from '../../db/generated/prisma/enums.js';
import { loadRule, type LoadedRule } from './rule-sql.js';

/** The insurer's active rules that run at `moment` (optionally only the chosen ones). */
export async function activeRules(tx: Tx, insurerId: string, moment: RuleStage, ruleIds?: string[]): Promise<LoadedRule[]> {
  const rows = await tx.auditRule.findMany({
    where: { insurerId, active: true, ruleKey: { not: null }, stages: { has: moment }, ...(ruleIds ? { id: { in: ruleIds } } : {}) },
    orderBy: { code: 'asc' },
  });
  const seen = new Set<string>();
  // One rule per definition: an insurer tunes its rule of a kind rather than running two.
  return rows
    .map(loadRule)
    .filter((r): r is LoadedRule => r !== null && r.definition.moments.includes(moment) && !seen.has(r.definition.key) && !!seen.add(r.definition.key));
}
