import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAuditor } from '../factories/viewers.js';
import { createAgreement, createAuditRule, createInsurer, createProvider } from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';

/** A rule hit raised by agency staff (智能监控) at a stage its rule runs at. */
let hub: TestHub;
let insurer: { id: string };
let other: { id: string };
let provider: { id: string };
let agreement: { id: string };
let auditor: ReturnType<typeof insurerAuditor>;

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  auditor = insurerAuditor(insurer.id);
});
afterAll(() => hub.close());

const RAISE = `mutation ($input: RaiseRuleHitInput!) { raiseRuleHit(input: $input) { auditSeq ruleHit { id status stage } } }`;

describe('raiseRuleHit', () => {
  it('raises a hit at a stage the rule runs at, with an event tagged with insurer and provider', async () => {
    const rule = await createAuditRule(hub.prisma, { insurerId: insurer.id, stages: ['DURING', 'AFTER'] });
    const r = ok(
      await hub.exec<{
        raiseRuleHit: { auditSeq: string; ruleHit: { id: string; status: string; stage: string } };
      }>(
        RAISE,
        {
          input: {
            ruleId: gid('AuditRule', rule.id),
            stage: 'DURING',
            providerId: gid('Provider', provider.id),
            agreementId: gid('Agreement', agreement.id),
            claimRef: 'CLM-1',
            amountFen: 12_000,
            occurredAt: '2026-01-05T03:00:00Z',
          },
        },
        auditor,
      ),
    ).raiseRuleHit;
    expect(r.ruleHit).toMatchObject({ status: 'OPEN', stage: 'DURING' });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'ruleHit.raised',
      actorId: auditor.actorId,
      entityType: 'RuleHit',
      insurerId: insurer.id,
      providerId: provider.id,
      data: expect.objectContaining({ ruleCode: rule.code }),
    });
  });

  it("refuses a stage the rule does not run at, an inactive rule, and another insurer's rule", async () => {
    const count = () => hub.prisma.ruleHit.count();
    const rule = await createAuditRule(hub.prisma, { insurerId: insurer.id, stages: ['AFTER'] });
    const input = {
      ruleId: gid('AuditRule', rule.id),
      stage: 'BEFORE',
      providerId: gid('Provider', provider.id),
      claimRef: 'CLM-2',
      amountFen: 1,
      occurredAt: '2026-01-05T03:00:00Z',
    };
    const ext = await expectNoChange(hub, count, () => hub.exec(RAISE, { input }, auditor), 'BAD_USER_INPUT');
    expect(ext.fields).toMatchObject([
      {
        path: ['input', 'stage'],
        message: expect.any(String),
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      },
    ]);
    const inactive = await createAuditRule(hub.prisma, { insurerId: insurer.id, active: false });
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          RAISE,
          { input: { ...input, stage: 'AFTER', ruleId: gid('AuditRule', inactive.id) } },
          auditor,
        ),
      'CONFLICT',
    );
    const foreign = await createAuditRule(hub.prisma, { insurerId: other.id });
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          RAISE,
          { input: { ...input, stage: 'AFTER', ruleId: gid('AuditRule', foreign.id) } },
          auditor,
        ),
      'NOT_FOUND',
    );
  });
});
