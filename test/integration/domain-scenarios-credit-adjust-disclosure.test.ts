import { describe, expect, it } from 'vitest';
import { insurerAdmin } from '../factories/viewers.js';
import { createCreditEvaluation, createProvider } from '../factories/records.js';
import { eventBySeq, gid, ok } from './mutation-helpers.js';
import { ADJUST, useCreditWorld, w } from './credit-fixture.js';

/**
 * A blacklisting on the public page follows its credit evaluation (docs/domain/workflows.md
 * "Public disclosure"; server/domain/disclosure/README.md): an agency that adjusts a grade D
 * evaluation to B withdraws the published blacklisting in the same transaction, with its event,
 * as a typical case is withdrawn when its penalty is overturned. Before, the provider stayed on
 * the public blacklist with a grade it no longer had.
 */
useCreditWorld();

const PUBLISH = `mutation ($input: PublishDisclosureInput!) { publishDisclosure(input: $input) { disclosure { id } } }`;

describe('adjusting a published blacklisting', () => {
  it('withdraws it with the adjustment, one event each; a grade left unchanged leaves it published', async () => {
    const admin = insurerAdmin(w.insurer.id);
    const provider = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
    const ev = await createCreditEvaluation(w.hub.prisma, {
      insurerId: w.insurer.id,
      providerId: provider.id,
      score: '40.00',
      grade: 'D',
      blacklisted: true,
    });
    const published = ok(
      await w.hub.exec<{ publishDisclosure: { disclosure: { id: string } } }>(
        PUBLISH,
        { input: { kind: 'BLACKLISTED_PROVIDER', creditEvaluationId: gid('CreditEvaluation', ev.id) } },
        admin,
      ),
    ).publishDisclosure.disclosure;
    const live = () => w.hub.prisma.publicDisclosure.count({ where: { sourceCreditEvaluationId: ev.id, withdrawnAt: null } });
    // Still D (45 points): the published grade stays true.
    ok(await w.hub.exec(ADJUST, { input: { id: gid('CreditEvaluation', ev.id), expectedVersion: 1, score: '45', reason: '复核后加分' } }, admin));
    expect(await live()).toBe(1);
    const r = ok(
      await w.hub.exec<{ adjustCreditGrade: { auditSeq: string; evaluation: { grade: string } } }>(
        ADJUST,
        { input: { id: gid('CreditEvaluation', ev.id), expectedVersion: 2, score: '80', reason: '申诉核实后调整' } },
        admin,
      ),
    ).adjustCreditGrade;
    expect(r.evaluation.grade).toBe('B');
    expect(await live()).toBe(0);
    expect((await eventBySeq(w.hub, r.auditSeq)).data).toMatchObject({ grade: 'B', disclosuresWithdrawn: 1 });
    const withdrawn = await w.hub.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'publicDisclosure.withdrawn', entityId: Buffer.from(published.id, 'base64').toString().split(':')[1]! },
    });
    expect(withdrawn).toMatchObject({ insurerId: w.insurer.id, providerId: provider.id });
    expect(withdrawn.data).toMatchObject({ creditEvaluationId: ev.id });
  });
});
