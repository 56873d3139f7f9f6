import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../server/auth/viewer.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { statementRecorder } from '../support/statements.js';
import { createAgreement, createFinding, createInsurer, createPenalty, createProvider } from '../factories/records.js';
import { insurerAdmin, providerStaff } from '../factories/viewers.js';

/**
 * A page of dispatched documents or referrals shows each row's penalty (its number): the
 * penalties of a page are read in one batch, not one query per row, and still only those
 * the viewer may read.
 */
const PAGE = `query ($n: Int!) {
  dispatchedDocuments(first: $n) { edges { node { documentRef penalty { number status } } } }
  referrals(first: $n) { edges { node { documentRef penalty { number } } } }
}`;
type Page = {
  dispatchedDocuments: { edges: { node: { documentRef: string; penalty: { number: string; status: string } | null } }[] };
  referrals: { edges: { node: { documentRef: string; penalty: { number: string } | null } }[] };
};

let hub: TestHub;
let record: ReturnType<typeof statementRecorder>;
/** Each world: an insurer whose provider has `rows` penalties, each with a document and a referral. */
const worlds: Record<'small' | 'large', { insurerId: string; providerId: string; numbers: Map<string, string> }> =
  {} as never;

async function world(rows: number) {
  const insurer = await createInsurer(hub.prisma);
  const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  const finding = await createFinding(hub.prisma, { agreementId: agreement.id });
  const numbers = new Map<string, string>();
  for (let i = 0; i < rows; i++) {
    const penalty = await createPenalty(hub.prisma, { findingId: finding.id, status: 'ISSUED' });
    const tenant = { insurerId: insurer.id, providerId: provider.id, penaltyId: penalty.id };
    const ref = `${penalty.number}-DOC`;
    await hub.prisma.dispatchedDocument.create({
      data: { ...tenant, kind: 'HEALTH_AUTHORITY_NOTICE', recipient: '市卫生健康委', documentRef: ref, dispatchedAt: new Date() },
    });
    await hub.prisma.referral.create({
      data: { ...tenant, kind: 'JUDICIAL', receivingAuthority: '市公安局', documentRef: ref, referredAt: new Date() },
    });
    numbers.set(ref, penalty.number);
  }
  return { insurerId: insurer.id, providerId: provider.id, numbers };
}

beforeAll(async () => {
  hub = await createTestHub();
  record = statementRecorder(hub);
  worlds.small = await world(2);
  worlds.large = await world(12);
});
afterAll(() => hub?.close());

async function page(viewer: Viewer) {
  const { result, statements } = await record(() => hub.exec<Page>(PAGE, { n: 25 }, viewer));
  expect(result.errors).toBeUndefined();
  return { data: result.data!, statements };
}

describe('penalty of dispatched documents and referrals', () => {
  it('shows each row its own penalty', async () => {
    const { data } = await page(insurerAdmin(worlds.large.insurerId));
    const rows = [...data.dispatchedDocuments.edges, ...data.referrals.edges];
    expect(rows).toHaveLength(24);
    for (const { node } of rows) expect(node.penalty?.number).toBe(worlds.large.numbers.get(node.documentRef));
    expect(data.dispatchedDocuments.edges[0]!.node.penalty?.status).toBe('ISSUED');
  });

  it('reads the penalties of a page in one batch: 2 rows and 12 rows send the same statements', async () => {
    const small = await page(insurerAdmin(worlds.small.insurerId));
    const large = await page(insurerAdmin(worlds.large.insurerId));
    expect(small.data.referrals.edges).toHaveLength(2);
    expect(large.data.referrals.edges).toHaveLength(12);
    expect(large.statements.length).toBe(small.statements.length);
    // One penalty read, whatever the page size: both lists ask for the same columns, so they share the batch.
    expect(large.statements.filter((sql) => /FROM "public"\."Penalty"/.test(sql))).toHaveLength(1);
    // Same for a provider's staff, through the provider's tenant filter.
    const staff = await page(providerStaff(worlds.large.providerId));
    expect(staff.data.dispatchedDocuments.edges).toHaveLength(12);
    expect(staff.statements.length).toBe(small.statements.length);
  });

  it("never shows a penalty the viewer may not read, even through another tenant's row", async () => {
    // A row pointing at another insurer's penalty (not something the commands write): the
    // batch still ANDs the viewer's tenant filter, so the penalty comes back null.
    const foreign = [...worlds.large.numbers.values()][0]!;
    const penalty = await hub.prisma.penalty.findFirstOrThrow({ where: { number: foreign } });
    await hub.prisma.referral.create({
      data: {
        insurerId: worlds.small.insurerId,
        providerId: worlds.small.providerId,
        penaltyId: penalty.id,
        kind: 'JUDICIAL',
        receivingAuthority: '市公安局',
        documentRef: 'FOREIGN-PENALTY',
        referredAt: new Date(),
      },
    });
    const { data } = await page(insurerAdmin(worlds.small.insurerId));
    const row = data.referrals.edges.find((e) => e.node.documentRef === 'FOREIGN-PENALTY');
    expect(row?.node.penalty).toBeNull();
    // The other rows of the same batch keep their own penalties.
    const own = data.referrals.edges.filter((e) => e.node.documentRef !== 'FOREIGN-PENALTY');
    expect(own).toHaveLength(2);
    for (const { node } of own) expect(node.penalty?.number).toBe(worlds.small.numbers.get(node.documentRef));
  });
});
