import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAuditor, insurerViewer } from '../factories/viewers.js';
import {
  createAgreement,
  createAuditRule,
  createInsurer,
  createProvider,
  createRuleHit,
  createViolationType,
} from '../factories/records.js';
import { confirmRuleHits } from '../../server/domain/monitoring/confirm-rule-hits.js';
import type { IndicatorMetric } from '../../server/db/generated/prisma/enums.js';
import { agencyToday, eventBySeq, expectNoChange, gid, iso, ok } from './mutation-helpers.js';

/**
 * Confirming a rule hit applies the penalty ladder of the template clause that links the
 * hit's rule or indicator, in the confirming transaction.
 */
let hub: TestHub;
let insurer: { id: string };
let provider: { id: string };
let agreement: { id: string };
let violationType: { id: string };
let linked: { id: string; code: string };
let unlinked: { id: string };
let indicatorRule: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  const p = hub.prisma;
  insurer = await createInsurer(p);
  provider = await createProvider(p, { insurerId: insurer.id });
  agreement = await createAgreement(p, { insurerId: insurer.id, providerId: provider.id });
  violationType = await createViolationType(p);
  linked = await createAuditRule(p, { insurerId: insurer.id, code: `LOC-${insurer.id.slice(-8)}`, violationTypeId: violationType.id });
  unlinked = await createAuditRule(p, { insurerId: insurer.id, violationTypeId: violationType.id });
  indicatorRule = await createAuditRule(p, { insurerId: insurer.id, violationTypeId: violationType.id, ruleKey: null });
  const body = { bodyZh: '…', bodyEn: '…' };
  await p.agreementTemplate.create({
    data: {
      insurerId: insurer.id,
      kind: 'MEDICAL_INSTITUTION_SERVICE',
      code: 'LOC-T',
      versionNo: 1,
      titleZh: '服务协议',
      titleEn: 'Service agreement',
      status: 'PUBLISHED',
      effectiveFrom: new Date('2026-01-01T00:00:00Z'),
      indicators: [],
      clauses: [
        {
          clauseNo: '12',
          titleZh: '合理用药',
          titleEn: 'Rational prescribing',
          ...body,
          ruleCodes: [linked.code],
          indicatorMetrics: [],
          ladder: {
            windowMonths: 12,
            steps: [
              { measure: 'FORMAL_TALK' },
              { measure: 'LIQUIDATED_DAMAGES', multiple: '2' },
              { measure: 'AGREEMENT_SUSPENSION', durationMonths: 3 },
            ],
          },
        },
        {
          clauseNo: '14',
          titleZh: '药占比',
          titleEn: 'Drug share',
          ...body,
          ruleCodes: [],
          indicatorMetrics: ['DRUG_SHARE'],
          ladder: { windowMonths: 6, steps: [{ measure: 'FORMAL_TALK' }, { measure: 'LIQUIDATED_DAMAGES', multiple: '1' }] },
        },
      ],
    },
  });
  await p.agreementVersion.updateMany({
    where: { agreementId: agreement.id },
    data: { templateCode: 'LOC-T', templateVersion: '1' },
  });
});
afterAll(() => hub.close());

/** A hit awaiting handling (the steps before are the review procedure's own tests). */
const hit = (ruleId: string, indicatorMetric: IndicatorMetric | null = null) =>
  createRuleHit(hub.prisma, {
    ruleId,
    providerId: provider.id,
    agreementId: agreement.id,
    amountFen: 100_000n,
    step: 'HANDLING',
    indicatorMetric,
    indicatorMonth: indicatorMetric ? new Date('2026-02-01T00:00:00Z') : null,
  });

/**
 * The first breach: the 10th of last month on the agency's calendar, so the GraphQL confirmation
 * (confirmed now) falls within the 12-month window whatever today is.
 */
const [thisYear, thisMonth] = iso(agencyToday()).split('-').map(Number) as [number, number];
const FIRST = new Date(Date.UTC(thisYear, thisMonth - 2, 10)).toISOString().slice(0, 10);
const FIRST_WINDOW_START = new Date(Date.UTC(thisYear - 1, thisMonth - 2, 10)).toISOString().slice(0, 10);

const confirmAt = (when: string, ids: string[]) =>
  confirmRuleHits(
    { actor: insurerAuditor(insurer.id), requestId: null, now: new Date(`${when}T09:00:00Z`) },
    { items: ids.map((ruleHitId) => ({ ruleHitId })), note: '确认违规' },
  );

describe('confirming a hit applies its clause ladder', () => {
  it('proposes step 1 on the first breach, with clause, step and window, in the confirming transaction', async () => {
    const h = await hit(linked.id);
    const [done] = await confirmAt(FIRST, [h.id]);
    expect(done!.ladderPenalty!.penalty).toMatchObject({
      findingId: done!.finding.id,
      measure: 'FORMAL_TALK',
      status: 'PROPOSED',
      clauseRef: 'LOC-T §12',
      ladderKey: 'LOC-T§12',
      ladderStep: 1,
    });
    expect(await eventBySeq(hub, done!.ladderPenalty!.auditSeq.toString())).toMatchObject({
      type: 'penalty.proposed',
      data: { ladder: { key: 'LOC-T§12', stepNo: 1, history: [], windowMonths: 12, windowStart: FIRST_WINDOW_START } },
    });
    // The confirmation's own event is there too, before the proposal's.
    expect(await eventBySeq(hub, done!.auditSeq.toString())).toMatchObject({ type: 'ruleHit.confirmed', entityId: h.id });
    expect(done!.auditSeq < done!.ladderPenalty!.auditSeq).toBe(true);
  });

  it('escalates to step 2 within the window, through the GraphQL confirmation', async () => {
    const h = await hit(linked.id);
    const CONFIRM = `mutation ($input: ConfirmRuleHitsInput!) { confirmRuleHits(input: $input) { confirmed {
      finding { id } ladderPenalty { measure multiple amountFen ladderStep clauseRef status } } } }`;
    const r = ok(
      await hub.exec<{ confirmRuleHits: { confirmed: { ladderPenalty: Record<string, unknown> }[] } }>(
        CONFIRM,
        { input: { items: [{ ruleHitId: gid('RuleHit', h.id) }], note: '确认违规' } },
        insurerAuditor(insurer.id),
      ),
    );
    // 1,000 yuan flagged at 2× = 2,000 yuan.
    expect(r.confirmRuleHits.confirmed[0]!.ladderPenalty).toMatchObject({
      measure: 'LIQUIDATED_DAMAGES',
      multiple: '2',
      amountFen: 200_000,
      ladderStep: 2,
      clauseRef: 'LOC-T §12',
      status: 'PROPOSED',
    });
  });

  it('escalates within one bulk confirmation and stays on the last step', async () => {
    const a = await hit(linked.id);
    const b = await hit(linked.id);
    const done = await confirmAt(iso(agencyToday()), [a.id, b.id]);
    expect(done.map((d) => [d.ladderPenalty!.penalty.ladderStep, d.ladderPenalty!.penalty.measure])).toEqual([
      [3, 'AGREEMENT_SUSPENSION'],
      [3, 'AGREEMENT_SUSPENSION'],
    ]);
    expect(done[0]!.ladderPenalty!.penalty.durationMonths).toBe(3);
  });

  it('starts again at step 1 after a clean window', async () => {
    const h = await hit(linked.id);
    const [done] = await confirmAt(`${thisYear + 2}-01-10`, [h.id]);
    expect(done!.ladderPenalty!.penalty).toMatchObject({ ladderStep: 1, measure: 'FORMAL_TALK' });
  });

  it('applies the ladder of the clause linking an indicator breach', async () => {
    const h = await hit(indicatorRule.id, 'DRUG_SHARE');
    const [done] = await confirmAt('2026-03-02', [h.id]);
    expect(done!.ladderPenalty!.penalty).toMatchObject({ clauseRef: 'LOC-T §14', ladderStep: 1, measure: 'FORMAL_TALK' });
  });

  it('proposes nothing for a hit no laddered clause links', async () => {
    const h = await hit(unlinked.id);
    const before = await hub.prisma.penalty.count({ where: { providerId: provider.id } });
    const [done] = await confirmAt('2026-04-01', [h.id]);
    expect(done!.ladderPenalty).toBeNull();
    expect(done!.finding.status).toBe('OPEN');
    expect(await hub.prisma.penalty.count({ where: { providerId: provider.id } })).toBe(before);
  });

  it('refuses a viewer, proposing and confirming nothing', async () => {
    const h = await hit(linked.id);
    const CONFIRM = `mutation ($input: ConfirmRuleHitsInput!) { confirmRuleHits(input: $input) { confirmed { finding { id } } } }`;
    await expectNoChange(
      hub,
      async () => ({
        penalties: await hub.prisma.penalty.count(),
        status: (await hub.prisma.ruleHit.findUniqueOrThrow({ where: { id: h.id } })).status,
      }),
      () =>
        hub.exec(CONFIRM, { input: { items: [{ ruleHitId: gid('RuleHit', h.id) }], note: '确认' } }, insurerViewer(insurer.id)),
      'FORBIDDEN',
    );
  });
});
