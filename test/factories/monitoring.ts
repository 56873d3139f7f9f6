import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Db } from './db.js';
import { uniq } from './db.js';

// Smart monitoring and tip-offs: audit rules, their hits, tip-offs with the reporter kept apart.

export function createAuditRule(
  db: Db,
  data: Partial<Prisma.AuditRuleUncheckedCreateInput> & { insurerId: string },
) {
  const code = data.code ?? uniq('R');
  return db.auditRule.create({
    data: {
      code,
      nameZh: `规则${code}`,
      nameEn: `Rule ${code}`,
      kind: 'SUSPICIOUS',
      stages: ['AFTER'],
      ...data,
    },
  });
}

export function createRuleHit(
  db: Db,
  data: Partial<Prisma.RuleHitUncheckedCreateInput> & { ruleId: string; providerId: string },
) {
  return db.ruleHit.create({
    data: {
      stage: 'AFTER',
      claimRef: uniq('CLM'),
      amountFen: 12_000n,
      occurredAt: new Date('2025-05-01T08:00:00Z'),
      ...data,
    },
  });
}

export function createTipOff(
  db: Db,
  data: Partial<Prisma.TipOffUncheckedCreateInput> & { insurerId: string; reporterContact?: string | null },
) {
  // The reporter's identity lives in its own table (whistle-blower protection).
  const { reporterContact = '138****0000 王女士', ...rest } = data;
  return db.tipOff.create({
    data: {
      number: uniq('JB-'),
      channel: 'PHONE',
      summary: '举报挂床住院',
      ...rest,
      ...(reporterContact
        ? { reporter: { create: { insurerId: rest.insurerId, contact: reporterContact } } }
        : {}),
    },
  });
}
