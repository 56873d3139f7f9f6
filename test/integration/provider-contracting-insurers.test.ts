import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import * as f from '../factories/records.js';
import { insurerAdmin, insurerViewer } from '../factories/viewers.js';
import { applyViewer, viewerClient } from '../../server/policy/rls-client.js';
import { rowPolicies } from '../../server/policy/rows.js';

/**
 * An insurer sees the providers registered with it and those it holds an agreement with. The
 * second half is the column Provider.contractingInsurerIds, kept by a trigger on Agreement
 * (migration provider_contracting_insurers): the row policy and the Prisma filter both read
 * it, so this checks the column against the agreements themselves, through every change.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(async () => {
  await hub?.close();
});

async function seenBy(insurerId: string, providerId: string) {
  const unfiltered = viewerClient(hub.prisma, insurerViewer(insurerId));
  const byPolicy = await unfiltered.provider.findMany({ where: { id: providerId }, select: { id: true } });
  const byFilter = await hub.prisma.provider.findMany({
    where: { AND: [{ id: providerId }, rowPolicies.provider.where(insurerViewer(insurerId))] },
    select: { id: true },
  });
  expect(byFilter.length, 'the Prisma filter and the row policy agree').toBe(byPolicy.length);
  return byPolicy.length === 1;
}
const contracting = async (providerId: string) =>
  (await hub.prisma.provider.findUniqueOrThrow({ where: { id: providerId } })).contractingInsurerIds;

describe('providers contracted by an insurer they are not registered with', () => {
  it('become visible to that insurer when it signs, in the request’s own transaction', async () => {
    const home = await f.createInsurer(hub.prisma);
    const other = await f.createInsurer(hub.prisma);
    const provider = await f.createProvider(hub.prisma, { insurerId: home.id });
    expect(await seenBy(other.id, provider.id)).toBe(false);
    expect(await seenBy(home.id, provider.id)).toBe(true);

    // As the other insurer's request (hub_viewer, which cannot see the provider yet).
    await hub.prisma.$transaction(async (tx) => {
      await applyViewer(tx, tx, insurerAdmin(other.id));
      await f.createAgreement(tx, { insurerId: other.id, providerId: provider.id }, { withVersion: false });
      await f.createAgreement(tx, { insurerId: other.id, providerId: provider.id }, { withVersion: false });
    });
    expect(await contracting(provider.id)).toEqual([other.id]);
    expect(await seenBy(other.id, provider.id)).toBe(true);
  });

  it('stop being visible when the last agreement with that insurer moves or is deleted', async () => {
    const home = await f.createInsurer(hub.prisma);
    const other = await f.createInsurer(hub.prisma);
    const provider = await f.createProvider(hub.prisma, { insurerId: home.id });
    const elsewhere = await f.createProvider(hub.prisma, { insurerId: home.id });
    const a1 = await f.createAgreement(hub.prisma, { insurerId: other.id, providerId: provider.id }, { withVersion: false });
    const a2 = await f.createAgreement(hub.prisma, { insurerId: other.id, providerId: provider.id }, { withVersion: false });
    await f.createAgreement(hub.prisma, { insurerId: home.id, providerId: provider.id }, { withVersion: false });
    expect([...(await contracting(provider.id))].sort()).toEqual([home.id, other.id].sort());

    await hub.prisma.agreement.delete({ where: { id: a1.id } });
    expect(await seenBy(other.id, provider.id), 'one agreement with it is left').toBe(true);

    await hub.prisma.agreement.update({ where: { id: a2.id }, data: { providerId: elsewhere.id } });
    expect(await contracting(provider.id)).toEqual([home.id]);
    expect(await contracting(elsewhere.id)).toEqual([other.id]);
    expect(await seenBy(other.id, provider.id)).toBe(false);
    expect(await seenBy(other.id, elsewhere.id)).toBe(true);

    await hub.prisma.agreement.update({ where: { id: a2.id }, data: { insurerId: home.id } });
    expect(await contracting(elsewhere.id)).toEqual([home.id]);
    expect(await seenBy(other.id, elsewhere.id)).toBe(false);
  });
});
