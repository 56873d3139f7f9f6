import { describe, expect, it } from 'vitest';
import { createAgreement, createFinding, day } from '../factories/records.js';
import { expectNoChange, gid } from './mutation-helpers.js';
import { ISSUE, PROPOSE, propose, raw, setup, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * A violation found on an agreement that has since ended is still recovered (追回、违约金:
 * the money was paid under its term), but the agreement can be neither suspended (暂停协议,
 * 暂停医保实时结算) nor terminated (解除协议) again. Before, such a penalty was proposed and
 * issued — the provider notified of a decision that could never be executed — and only its
 * execution failed (an illegal agreement transition).
 */
usePenaltyWorld();

const proposal = (findingId: string, measure: string) => ({
  input: {
    findingId: gid('Finding', findingId),
    measure,
    multiple: null,
    legalBasis: '《服务协议》第三十条',
    clauseRef: '第三十条',
  },
});

describe('penalties on an agreement that has ended', () => {
  it('refuses a suspension or termination of a terminated or expired agreement, in zh and en; recovery still proposed', async () => {
    const expired = await createAgreement(w.hub.prisma, {
      insurerId: w.insurer.id,
      providerId: w.provider.id,
      status: 'EXPIRED',
      startsOn: day('2022-01-01'),
      endsOn: day('2023-12-31'),
    });
    const terminated = await createAgreement(w.hub.prisma, {
      insurerId: w.insurer.id,
      providerId: w.provider.id,
      status: 'TERMINATED',
      startsOn: day('2022-01-01'),
    });
    for (const [agreement, zh, en] of [
      [expired, '已到期', 'has expired'],
      [terminated, '已解除', 'has been terminated'],
    ] as const) {
      const finding = await createFinding(w.hub.prisma, { agreementId: agreement.id, violatingAmountFen: 500_000n });
      for (const measure of ['AGREEMENT_SUSPENSION', 'SETTLEMENT_SUSPENSION', 'AGREEMENT_TERMINATION']) {
        const ext = await expectNoChange(
          w.hub,
          () => w.hub.prisma.penalty.count({ where: { findingId: finding.id } }),
          () => w.hub.exec(PROPOSE, proposal(finding.id, measure), w.auditor),
          'AGREEMENT_NOT_ACTIVE',
        );
        expect(ext).toMatchObject({ currentStatus: agreement.status, measure });
      }
      const errors = (await w.hub.exec(PROPOSE, proposal(finding.id, 'AGREEMENT_SUSPENSION'), w.auditor)).errors!;
      expect(errors[0]!.message).toBe(
        `Agreement ${agreement.number} ${en}; suspension of the agreement can no longer be imposed on it`,
      );
      expect(errors[0]!.extensions!.messageZh).toBe(`协议（${agreement.number}）${zh}，不能再处以暂停协议`);
      // The money paid under its term is still recovered.
      const recovery = await propose(finding.id, { measure: 'RECOVERY', multiple: null });
      expect(recovery.penalty).toMatchObject({ status: 'PROPOSED', amountFen: 500_000 });
    }
  });

  it('a suspension proposed while the agreement was in force is not issued once it has been terminated', async () => {
    const { agreement, finding } = await setup();
    const p = (await propose(finding.id, { measure: 'AGREEMENT_SUSPENSION', multiple: null, durationMonths: 3 })).penalty;
    await w.hub.prisma.agreement.update({ where: { id: agreement.id }, data: { status: 'TERMINATED' } });
    await expectNoChange(
      w.hub,
      () => w.hub.prisma.penalty.findUniqueOrThrow({ where: { id: raw(p.id) } }),
      () => w.hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, w.admin),
      'AGREEMENT_NOT_ACTIVE',
    );
  });
});
