import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createAgreement, createFinding, createInsurer, createProvider } from '../factories/records.js';
import { gid } from '../factories/world.js';
import { insurerAdmin, insurerViewer } from '../factories/viewers.js';
import { graphql } from '../gql/index.js';

const Preview = graphql(`
  query QPenaltyPreview($input: PenaltyPreviewInput!) {
    penaltyPreview(input: $input) {
      ok
      violatingAmountFen
      target
      baseAmountFen
      multiple
      amountFen
      durationMonths
      issues {
        path
        message
      }
    }
  }
`);

describe('penaltyPreview', () => {
  let hub: TestHub;
  let insurerA: string;
  let findingA: string;
  let findingB: string;

  beforeAll(async () => {
    hub = await createTestHub();
    const db = hub.prisma;
    const [a, b] = [await createInsurer(db), await createInsurer(db)];
    insurerA = a.id;
    const mk = async (insurerId: string) => {
      const provider = await createProvider(db, { insurerId });
      const agreement = await createAgreement(db, { insurerId, providerId: provider.id });
      // Ma'anshan maternity case (docs/domain/measures.md): 36,430 yuan deducted at 2× = 72,860 yuan.
      return (await createFinding(db, { agreementId: agreement.id, violatingAmountFen: 3_643_000n })).id;
    };
    findingA = await mk(a.id);
    findingB = await mk(b.id);
  });
  afterAll(() => hub?.close());

  it('computes the amount the proposal would carry, writing nothing', async () => {
    const before = await hub.prisma.penalty.count();
    const result = await hub.exec(
      Preview,
      { input: { findingId: gid('Finding', findingA), measure: 'DEDUCTION', multiple: '2' } },
      insurerAdmin(insurerA),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.penaltyPreview).toEqual({
      ok: true,
      violatingAmountFen: 3_643_000,
      target: 'PROVIDER',
      baseAmountFen: 3_643_000,
      multiple: '2.00',
      amountFen: 7_286_000,
      durationMonths: null,
      issues: [],
    });
    expect(await hub.prisma.penalty.count()).toBe(before);
    expect(await hub.prisma.auditEvent.count()).toBe(0);
  });

  it('names the invalid field instead of an amount', async () => {
    const result = await hub.exec(
      Preview,
      { input: { findingId: gid('Finding', findingA), measure: 'DEDUCTION', multiple: '9' } },
      insurerAdmin(insurerA),
    );
    expect(result.data!.penaltyPreview.ok).toBe(false);
    expect(result.data!.penaltyPreview.amountFen).toBeNull();
    expect(result.data!.penaltyPreview.issues[0]?.path).toEqual(['input', 'multiple']);
  });

  it('refuses a multiple that would take the amount beyond what the API can carry (not an internal error)', async () => {
    const provider = await createProvider(hub.prisma, { insurerId: insurerA });
    const agreement = await createAgreement(hub.prisma, { insurerId: insurerA, providerId: provider.id });
    // The largest violating amount the Fen scalar takes; at 2× it is stored fine but cannot be serialised.
    const huge = await createFinding(hub.prisma, { agreementId: agreement.id, violatingAmountFen: BigInt(Number.MAX_SAFE_INTEGER) });
    const result = await hub.exec(
      Preview,
      { input: { findingId: gid('Finding', huge.id), measure: 'LIQUIDATED_DAMAGES', multiple: '2' } },
      insurerAdmin(insurerA),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.penaltyPreview.ok).toBe(false);
    expect(result.data!.penaltyPreview.issues[0]?.path).toEqual(['input', 'multiple']);
  });

  it('does not reveal another insurer’s finding', async () => {
    const result = await hub.exec(
      Preview,
      { input: { findingId: gid('Finding', findingB), measure: 'DEDUCTION', multiple: '2' } },
      insurerAdmin(insurerA),
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is refused to a read-only viewer', async () => {
    const result = await hub.exec(
      Preview,
      { input: { findingId: gid('Finding', findingA), measure: 'DEDUCTION', multiple: '2' } },
      insurerViewer(insurerA),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
