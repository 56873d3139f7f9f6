import type { PrismaClient } from '../../db/generated/prisma/client.js';
import { installRules } from './install-rules.js';

/**
 * At start: every insurer that already runs the shipped rules gets the definitions shipped since
 * its rules were installed, with their default settings (its tuned rules are left as they are).
 * Without it a rule added in a release would never run on an existing database: the rules are
 * installed once, when an insurer's smart monitoring is set up. Insurers without shipped rules
 * are not enrolled here. Idempotent, and safe when several processes start at once (the rule
 * code is unique; existing rows are skipped).
 */
export async function installNewRules(prisma: PrismaClient): Promise<number> {
  const insurers = await prisma.auditRule.findMany({ where: { ruleKey: { not: null } }, distinct: ['insurerId'], select: { insurerId: true } });
  let installed = 0;
  for (const { insurerId } of insurers) installed += await prisma.$transaction((tx) => installRules(tx, insurerId));
  return installed;
}
