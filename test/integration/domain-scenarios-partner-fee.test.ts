import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, partnerViewer } from '../factories/viewers.js';
import { createAgreement, createInsurer, createPartner, day } from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';

/**
 * A commercial insurer entrusted with administration is paid on its year-end result (S0 §6:
 * 原则上根据年终审计结果，并结合实际情况确定服务费用支付方式和比例). The fee is settled when the
 * result is published, from the partner agreement's formula of that moment: a formula set or
 * changed afterwards pays later years differently and leaves a published year's fee alone.
 * Before, the fee was recomputed from the current formula on every read, so one formula edit
 * rewrote every past year's fee, and no event recorded any fee.
 */
let hub: TestHub;
let insurer: { id: string };
let partner: { id: string };
let agreement: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  partner = await createPartner(hub.prisma);
  // Its term reaches back to 2021, the first year assessed below.
  agreement = await createAgreement(hub.prisma, {
    insurerId: insurer.id,
    partnerId: partner.id,
    startsOn: day('2021-01-01'),
  });
});
afterAll(() => hub.close());

const PUBLISH = `mutation ($input: PublishAssessmentInput!) { publishAssessment(input: $input) { auditSeq assessment { year serviceFee { baseFeeFen factorBasisPoints feeFen } } } }`;
const FEE = `mutation ($input: SetPartnerFeeFormulaInput!) { setPartnerFeeFormula(input: $input) { auditSeq agreement { version } } }`;
const FEES = `query ($id: ID!) { node(id: $id) { ... on Agreement { assessments { edges { node { year serviceFee { baseFeeFen factorBasisPoints feeFen } } } } } } }`;

type Fee = { baseFeeFen: number; factorBasisPoints: number; feeFen: number } | null;

const publish = async (year: number, score: string) =>
  ok(
    await hub.exec<{ publishAssessment: { auditSeq: string; assessment: { serviceFee: Fee } } }>(
      PUBLISH,
      { input: { agreementId: gid('Agreement', agreement.id), year, score } },
      insurerAuditor(insurer.id),
    ),
  ).publishAssessment;

const setFormula = async (expectedVersion: number, baseFeeFen: number, bands: object[]) =>
  ok(
    await hub.exec<{ setPartnerFeeFormula: { agreement: { version: number } } }>(
      FEE,
      { input: { agreementId: gid('Agreement', agreement.id), expectedVersion, baseFeeFen, bands } },
      insurerAdmin(insurer.id),
    ),
  ).setPartnerFeeFormula.agreement.version;

const fees = async (viewer = insurerAdmin(insurer.id)) =>
  ok(
    await hub.exec<{ node: { assessments: { edges: { node: { year: number; serviceFee: Fee } }[] } } }>(
      FEES,
      { id: gid('Agreement', agreement.id) },
      viewer,
    ),
  ).node.assessments.edges.map((e) => [e.node.year, e.node.serviceFee]);

describe('partner service fee: fixed with the year-end result', () => {
  it('a result published before any formula earns none; each later result keeps the fee of its publication', async () => {
    // 2022: published while the agreement had no formula.
    expect((await publish(2022, '95.00')).assessment.serviceFee).toBeNull();

    const v2 = await setFormula(1, 120_000_00, [
      { minScore: '90', factorBasisPoints: 10_000 },
      { minScore: '80', factorBasisPoints: 9_000 },
      { minScore: '60', factorBasisPoints: 7_000 },
    ]);
    // A formula set later does not reach back to 2022.
    expect(await fees()).toEqual([[2022, null]]);

    // 2023 at 86.50 reaches the 80 band: 120,000 yuan × 90 % = 108,000 yuan, fixed and recorded.
    const y2023 = await publish(2023, '86.50');
    const fee2023 = { baseFeeFen: 120_000_00, factorBasisPoints: 9_000, feeFen: 108_000_00 };
    expect(y2023.assessment.serviceFee).toEqual(fee2023);
    expect(await eventBySeq(hub, y2023.auditSeq)).toMatchObject({
      type: 'assessment.published',
      partnerId: partner.id,
      data: {
        year: 2023,
        serviceFee: { baseFeeFen: '12000000', factorBasisPoints: 9000, feeFen: '10800000' },
      },
    });

    // The agency changes the formula for the next year: a lower base, a steeper band.
    await setFormula(v2, 100_000_01, [
      { minScore: '85', factorBasisPoints: 8_000 },
      { minScore: '60', factorBasisPoints: 5_000 },
    ]);
    // 2024 at 86.50 under the new formula: 100,000.01 yuan × 80 % = 80,000.008 → 80,000.00 yuan (down to the fen).
    const y2024 = await publish(2024, '86.50');
    const fee2024 = { baseFeeFen: 100_000_01, factorBasisPoints: 8_000, feeFen: 80_000_00 };
    expect(y2024.assessment.serviceFee).toEqual(fee2024);

    // 2023 still shows what it earned, to the agency and to the partner itself.
    const expected = [
      [2022, null],
      [2023, fee2023],
      [2024, fee2024],
    ];
    expect(await fees()).toEqual(expected);
    expect(await fees(partnerViewer(partner.id))).toEqual(expected);
    const stored = await hub.prisma.assessment.findFirstOrThrow({
      where: { agreementId: agreement.id, year: 2023 },
    });
    expect(stored).toMatchObject({
      serviceFeeBaseFen: 120_000_00n,
      serviceFeeFactorBasisPoints: 9_000,
      serviceFeeFen: 108_000_00n,
    });
  });

  it('a score below every band fixes a fee of zero, not none', async () => {
    const y = await publish(2021, '59.99');
    expect(y.assessment.serviceFee).toEqual({ baseFeeFen: 100_000_01, factorBasisPoints: 0, feeFen: 0 });
  });

  it('refuses a formula with a band out of range or two bands at one score, in zh and en; nothing is written', async () => {
    const row = () => hub.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    const { version } = await row();
    const ext = await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          FEE,
          {
            input: {
              agreementId: gid('Agreement', agreement.id),
              expectedVersion: version,
              baseFeeFen: 1,
              bands: [
                { minScore: '80', factorBasisPoints: 20_001 },
                { minScore: '80.00', factorBasisPoints: 1 },
              ],
            },
          },
          insurerAdmin(insurer.id),
        ),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([
      { path: ['input', 'bands'], messageZh: '各档最低分不能相同', messageEn: 'band minimums must differ' },
      { path: ['input', 'bands'], messageZh: '系数须为 0 至 20000 个基点（0%–200%）' },
    ]);
  });
});
