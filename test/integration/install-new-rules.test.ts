import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createInsurer } from '../factories/records.js';
import { installRules } from '../../server/domain/monitoring/install-rules.js';
import { installNewRules } from '../../server/domain/monitoring/install-new-rules.js';
import { RULES } from '../../server/domain/monitoring/rules/index.js';

/**
 * A database set up before a release shipped new rules: at start, each insurer running the
 * shipped rules gets the new ones with their defaults, its tuned rules untouched; an insurer
 * without smart monitoring is not enrolled.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

describe('installNewRules', () => {
  it('adds the missing shipped rules to insurers that run them, keeps tuned ones, enrols no one else', async () => {
    const running = await createInsurer(hub.prisma);
    const bystander = await createInsurer(hub.prisma);
    await hub.prisma.$transaction((tx) => installRules(tx, running.id));
    // As if installed by a release without the last two rules, and one rule tuned since.
    await hub.prisma.auditRule.deleteMany({ where: { insurerId: running.id, ruleKey: { in: ['OUTPATIENT_DURING_STAY', 'REPEATED_DISPENSING'] } } });
    await hub.prisma.auditRule.updateMany({ where: { insurerId: running.id, ruleKey: 'SPLIT_ADMISSION' }, data: { parameters: { days: 20 } } });

    expect(await installNewRules(hub.prisma)).toBeGreaterThanOrEqual(2);
    const rules = await hub.prisma.auditRule.findMany({ where: { insurerId: running.id }, select: { ruleKey: true, parameters: true } });
    expect(rules.map((r) => r.ruleKey).sort()).toEqual(RULES.map((r) => r.key).sort());
    expect(rules.find((r) => r.ruleKey === 'SPLIT_ADMISSION')!.parameters).toEqual({ days: 20 });
    expect(rules.find((r) => r.ruleKey === 'REPEATED_DISPENSING')!.parameters).toEqual({ toleranceDays: 7 });
    expect(await hub.prisma.auditRule.count({ where: { insurerId: bystander.id } })).toBe(0);

    // Again: nothing to add.
    expect(await installNewRules(hub.prisma)).toBe(0);
  });
});
