import { describe, expect, it } from 'vitest';
import { insurerAdmin, insurerAuditor } from '../factories/viewers.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';
import { ASSESSMENTS, COMPUTE, FEE, useCreditWorld, w, type Ev } from './credit-fixture.js';

/** A partner's credit grade rests on its assessment; its agreement's fee formula is set by admins only, and validated. */
useCreditWorld();

describe('credit of partners', () => {
  it('grades partners on their assessment; a fee formula set later leaves a published result alone', async () => {
    const r = ok(
      await w.hub.exec<{ computeCreditGrade: { evaluation: Ev } }>(
        COMPUTE,
        { input: { subjectType: 'PARTNER', subjectId: gid('Partner', w.partner.id), year: 2025 } },
        insurerAdmin(w.insurer.id),
      ),
    ).computeCreditGrade;
    expect(r.evaluation).toMatchObject({ score: '98', grade: 'A' });
    const bands = [
      { minScore: '90', factorBasisPoints: 10000 },
      { minScore: '80', factorBasisPoints: 9000 },
      { minScore: '60', factorBasisPoints: 7000 },
    ];
    const f = ok(
      await w.hub.exec<{ setPartnerFeeFormula: { auditSeq: string } }>(
        FEE,
        {
          input: {
            agreementId: gid('Agreement', w.partnerAgreement.id),
            expectedVersion: 1,
            baseFeeFen: 120_000_00,
            bands,
          },
        },
        insurerAdmin(w.insurer.id),
      ),
    ).setPartnerFeeFormula;
    expect(await eventBySeq(w.hub, f.auditSeq)).toMatchObject({
      type: 'agreement.feeFormulaSet',
      partnerId: w.partner.id,
    });
    const q = ok(
      await w.hub.exec<{ node: { assessments: { edges: { node: Record<string, unknown> }[] } } }>(
        ASSESSMENTS,
        { id: gid('Agreement', w.partnerAgreement.id) },
        insurerAdmin(w.insurer.id),
      ),
    );
    // The 2025 result was published before this formula: its fee was fixed (none) then, and a
    // formula set afterwards pays later results (domain-scenarios-partner-fee.test.ts).
    expect(q.node.assessments.edges[0]!.node).toEqual({ score: '86.5', serviceFee: null });
    const row = () => w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: w.partnerAgreement.id } });
    await expectNoChange(
      w.hub,
      row,
      () =>
        w.hub.exec(
          FEE,
          {
            input: {
              agreementId: gid('Agreement', w.partnerAgreement.id),
              expectedVersion: 2,
              baseFeeFen: 1,
              bands: [{ minScore: '101', factorBasisPoints: 1 }],
            },
          },
          insurerAdmin(w.insurer.id),
        ),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      w.hub,
      row,
      () =>
        w.hub.exec(
          FEE,
          {
            input: {
              agreementId: gid('Agreement', w.partnerAgreement.id),
              expectedVersion: 2,
              baseFeeFen: 1,
              bands,
            },
          },
          insurerAuditor(w.insurer.id),
        ),
      'FORBIDDEN',
    );
  });
});
