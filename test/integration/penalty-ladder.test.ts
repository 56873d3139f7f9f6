import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, insurerViewer } from '../factories/viewers.js';
import {
  createAgreement,
  createAuditRule,
  createAppeal,
  createFinding,
  createInsurer,
  createProvider,
  createRuleHit,
  day,
} from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok, rawOf } from './mutation-helpers.js';

let hub: TestHub;
let insurer: { id: string };
let agreement: { id: string; providerId: string | null };
let ruleId: string;

const DRAFT = `mutation ($input: DraftAgreementTemplateInput!) { draftAgreementTemplate(input: $input) { template { id } } }`;
const PUBLISH = `mutation ($input: PublishAgreementTemplateInput!) { publishAgreementTemplate(input: $input) { template { id } } }`;
const LADDER = `mutation ($input: ProposeLadderPenaltyInput!) { proposeLadderPenalty(input: $input) {
  auditSeq penalty { id measure multiple amountFen durationMonths clauseRef ladderStep status } } }`;

type Proposed = { auditSeq: string; penalty: Record<string, unknown> };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  const rule = await createAuditRule(hub.prisma, { insurerId: insurer.id, code: 'LADDER-DRUG-DIAG' });
  ruleId = rule.id;
  const admin = insurerAdmin(insurer.id);
  const template = ok(
    await hub.exec<{ draftAgreementTemplate: { template: { id: string } } }>(
      DRAFT,
      {
        input: {
          kind: 'MEDICAL_INSTITUTION_SERVICE',
          code: 'LADDER-T',
          titleZh: '服务协议',
          titleEn: 'Service agreement',
          effectiveFrom: '2026-01-01',
          clauses: [
            {
              clauseNo: '12',
              titleZh: '合理用药',
              titleEn: 'Rational prescribing',
              bodyZh: '不得无指征用药。',
              bodyEn: 'No medication without indication.',
              ruleCodes: ['LADDER-DRUG-DIAG'],
              ladder: {
                windowMonths: 12,
                steps: [
                  { measure: 'FORMAL_TALK' },
                  { measure: 'LIQUIDATED_DAMAGES', multiple: '2' },
                  { measure: 'AGREEMENT_SUSPENSION', durationMonths: 3 },
                ],
              },
            },
            { clauseNo: '13', titleZh: '无阶梯', titleEn: 'No ladder', bodyZh: '…', bodyEn: '…' },
          ],
        },
      },
      admin,
    ),
  ).draftAgreementTemplate.template;
  ok(await hub.exec(PUBLISH, { input: { id: template.id, expectedVersion: 1 } }, admin));
  // The agreement is on that template (as a re-signing campaign would leave it).
  await hub.prisma.agreementVersion.updateMany({
    where: { agreementId: agreement.id },
    data: { templateCode: 'LADDER-T', templateVersion: '1' },
  });
});
afterAll(() => hub.close());

async function breach(foundOn: string, viaRule = true) {
  const finding = await createFinding(hub.prisma, { agreementId: agreement.id, foundOn: day(foundOn), violatingAmountFen: 3_643_000n });
  if (viaRule) await createRuleHit(hub.prisma, { ruleId, providerId: agreement.providerId!, agreementId: agreement.id, findingId: finding.id });
  return finding;
}
const propose = async (findingId: string, extra: Record<string, unknown> = {}) =>
  ok(await hub.exec<{ proposeLadderPenalty: Proposed }>(LADDER, { input: { findingId: gid('Finding', findingId), ...extra } }, insurerAuditor(insurer.id)))
    .proposeLadderPenalty;

describe('proposeLadderPenalty', () => {
  it('escalates step by step within the window, recording clause, step and history', async () => {
    const first = await propose((await breach('2026-01-10')).id);
    expect(first.penalty).toMatchObject({ measure: 'FORMAL_TALK', ladderStep: 1, clauseRef: 'LADDER-T §12', status: 'PROPOSED' });
    expect(await eventBySeq(hub, first.auditSeq)).toMatchObject({
      type: 'penalty.proposed',
      data: { measure: 'FORMAL_TALK', ladder: { key: 'LADDER-T§12', stepNo: 1, history: [] } },
    });

    const second = await propose((await breach('2026-03-01')).id);
    // 36,430 yuan at 2× = 72,860 yuan.
    expect(second.penalty).toMatchObject({ measure: 'LIQUIDATED_DAMAGES', multiple: '2', amountFen: 7286000, ladderStep: 2 });
    expect(await eventBySeq(hub, second.auditSeq)).toMatchObject({ data: { ladder: { stepNo: 2, history: ['2026-01-10'] } } });

    // Named explicitly (no rule hit): the third breach reaches the last step.
    const third = await propose((await breach('2026-05-01', false)).id, { clauseNo: '12' });
    expect(third.penalty).toMatchObject({ measure: 'AGREEMENT_SUSPENSION', durationMonths: 3, ladderStep: 3 });
    const fourth = await propose((await breach('2026-06-01')).id);
    expect(fourth.penalty).toMatchObject({ measure: 'AGREEMENT_SUSPENSION', ladderStep: 3 });
  });

  it('starts again after a clean window and does not count penalties overturned on appeal', async () => {
    // A year after the last breach (2026-06-01) the window is clean again.
    const later = await propose((await breach('2027-07-01')).id);
    expect(later.penalty).toMatchObject({ ladderStep: 1, measure: 'FORMAL_TALK' });
    const next = await propose((await breach('2027-08-01')).id);
    expect(next.penalty).toMatchObject({ ladderStep: 2 });
    // The step-2 penalty is overturned on appeal: it no longer counts as a breach.
    await hub.prisma.penalty.updateMany({
      where: { ladderKey: 'LADDER-T§12', finding: { foundOn: day('2027-08-01') } },
      data: { status: 'OVERTURNED' },
    });
    const again = await propose((await breach('2027-09-01')).id);
    expect(again.penalty).toMatchObject({ ladderStep: 2, measure: 'LIQUIDATED_DAMAGES' });
    expect(await eventBySeq(hub, again.auditSeq)).toMatchObject({ data: { ladder: { history: ['2027-07-01'] } } });
  });

  it('nor once the overturned penalty is closed (OVERTURNED → CLOSED keeps only the appeal’s word)', async () => {
    // Over a year after the last breach (2027-09-01): a clean window again.
    await propose((await breach('2028-10-01')).id);
    const second = await propose((await breach('2028-11-01')).id);
    expect(second.penalty).toMatchObject({ ladderStep: 2 });
    const id = rawOf(second.penalty.id as string);
    await createAppeal(hub.prisma, { penaltyId: id, decision: 'OVERTURN', decidedAt: day('2028-11-20') });
    await hub.prisma.penalty.update({ where: { id }, data: { status: 'CLOSED', closedAt: day('2028-11-21') } });
    const again = await propose((await breach('2028-12-01')).id);
    expect(again.penalty).toMatchObject({ ladderStep: 2 });
    expect(await eventBySeq(hub, again.auditSeq)).toMatchObject({ data: { ladder: { history: ['2028-10-01'] } } });
  });

  it('refuses a clause without a ladder, an agreement without a template, viewers and other insurers', async () => {
    const f = await breach('2026-09-01', false);
    const penalties = () => hub.prisma.penalty.count();
    const ext = await expectNoChange(
      hub,
      penalties,
      () => hub.exec(LADDER, { input: { findingId: gid('Finding', f.id), clauseNo: '13' } }, insurerAuditor(insurer.id)),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([{ path: ['input', 'clauseNo'], message: expect.any(String) }]);
    await expectNoChange(hub, penalties, () => hub.exec(LADDER, { input: { findingId: gid('Finding', f.id) } }, insurerAuditor(insurer.id)), 'BAD_USER_INPUT');
    const plain = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: agreement.providerId });
    const onPlain = await createFinding(hub.prisma, { agreementId: plain.id });
    await expectNoChange(
      hub,
      penalties,
      () => hub.exec(LADDER, { input: { findingId: gid('Finding', onPlain.id), clauseNo: '12' } }, insurerAuditor(insurer.id)),
      'BAD_USER_INPUT',
    );
    await expectNoChange(hub, penalties, () => hub.exec(LADDER, { input: { findingId: gid('Finding', f.id), clauseNo: '12' } }, insurerViewer(insurer.id)), 'FORBIDDEN');
    const other = await createInsurer(hub.prisma);
    await expectNoChange(hub, penalties, () => hub.exec(LADDER, { input: { findingId: gid('Finding', f.id), clauseNo: '12' } }, insurerAdmin(other.id)), 'NOT_FOUND');
  });
});
