import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin, partnerViewer, platformAdmin, providerStaff } from '../factories/viewers.js';
import { createPartner } from '../factories/records.js';
import { claimInput, createMonitoringWorld, type MonitoringWorld } from './rules/world.js';
import { ok, refused } from './mutation-helpers.js';

/** The interceptions list: what a blocking rule refused, for the insurer and the provider concerned only. */
let hub: TestHub;
let a: MonitoringWorld;
let b: MonitoringWorld;
let settlementId: string;

const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) { claim { id } } }`;
const LIST = `query ($filter: InterceptionFilter) { interceptions(first: 10, filter: $filter, orderBy: { field: AT, direction: DESC }) {
  totalCount edges { node { id settlementId settlementMonth fundFen hitAmountFen ruleKeys provider { code } } } } }`;
const NODE = `query ($id: ID!) { node(id: $id) { ... on Interception { settlementId } } }`;

type Row = {
  id: string;
  settlementId: string;
  settlementMonth: string;
  fundFen: number;
  hitAmountFen: number;
  ruleKeys: string[];
  provider: { code: string };
};
type List = { interceptions: { totalCount: number; edges: { node: Row }[] } };

beforeAll(async () => {
  ({ hub, world: a } = await createMonitoringHub());
  b = await createMonitoringWorld(hub.prisma);
  // A drug restricted to women, settled for a man: the blocking SEX_RESTRICTION rule refuses it.
  const man = await a.person({ sex: 'MALE' });
  const input = a.claim({
    insuredIdNumber: man.idNumber,
    lines: [a.line({ catalogueCode: 'K-SEX-F', unitPriceFen: '2500' })],
  });
  settlementId = input.settlementId;
  refused(await hub.exec(SETTLE, { input: claimInput(input) }, insurerAdmin(a.insurer.id)), 'SETTLEMENT_BLOCKED');
});
afterAll(() => hub?.close());

describe('interceptions', () => {
  it('lists the refused settlement for its insurer, with the fund refused and the rule', async () => {
    const list = ok(await hub.exec<List>(LIST, {}, insurerAdmin(a.insurer.id))).interceptions;
    expect(list.totalCount).toBe(1);
    expect(list.edges[0]!.node).toMatchObject({
      settlementId,
      settlementMonth: '2026-03-01',
      fundFen: 1750,
      hitAmountFen: 2500,
      ruleKeys: ['SEX_RESTRICTION'],
      provider: { code: a.providers[0]!.code },
    });
    const found = ok(
      await hub.exec<{ node: { settlementId: string } | null }>(
        NODE,
        { id: list.edges[0]!.node.id },
        insurerAdmin(a.insurer.id),
      ),
    );
    expect(found.node).toEqual({ settlementId });
    expect(
      ok(await hub.exec<List>(LIST, { filter: { month: '2026-03' } }, insurerAdmin(a.insurer.id)))
        .interceptions.totalCount,
    ).toBe(1);
    const searched = ok(
      await hub.exec<List>(LIST, { filter: { search: 'no-such-settlement' } }, insurerAdmin(a.insurer.id)),
    );
    expect(searched.interceptions.totalCount).toBe(0);
    expect(
      ok(await hub.exec<List>(LIST, { filter: { month: '2026-04' } }, insurerAdmin(a.insurer.id)))
        .interceptions.totalCount,
    ).toBe(0);
  });

  it('shows the provider its own, and nothing to another insurer, a partner or another provider', async () => {
    expect(
      ok(await hub.exec<List>(LIST, {}, providerStaff(a.providers[0]!.id))).interceptions.totalCount,
    ).toBe(1);
    expect(
      ok(await hub.exec<List>(LIST, {}, providerStaff(a.providers[1]!.id))).interceptions.totalCount,
    ).toBe(0);
    const id = ok(await hub.exec<List>(LIST, {}, insurerAdmin(a.insurer.id))).interceptions.edges[0]!.node.id;
    expect(ok(await hub.exec<List>(LIST, {}, insurerAdmin(b.insurer.id))).interceptions.totalCount).toBe(0);
    expect(ok(await hub.exec<{ node: unknown }>(NODE, { id }, insurerAdmin(b.insurer.id))).node).toBeNull();
    const partner = partnerViewer((await createPartner(hub.prisma)).id);
    expect(ok(await hub.exec<List>(LIST, {}, partner)).interceptions.totalCount).toBe(0);
    const all = ok(await hub.exec<List>(LIST, {}, platformAdmin())).interceptions;
    expect(all.edges.map((e) => e.node.settlementId)).toContain(settlementId);
  });

  it('refuses a malformed month with the field named', async () => {
    for (const month of ['2026-13', '0000-01-01', '2026-03\u0000']) {
      const ext = refused(
        await hub.exec(LIST, { filter: { month } }, insurerAdmin(a.insurer.id)),
        'BAD_USER_INPUT',
      );
      expect(JSON.stringify(ext)).toContain('month');
    }
  });

  it('reports only interceptions, never reminders', async () => {
    const woman = await a.person({ sex: 'FEMALE' });
    const check = a.claim({
      insuredIdNumber: woman.idNumber,
      lines: [a.line({ catalogueCode: 'K-PRICE', unitPriceFen: '1500' })],
    });
    ok(
      await hub.exec(
        `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ruleKey } } }`,
        { input: claimInput(check) },
        insurerAdmin(a.insurer.id),
      ),
    );
    expect(
      await hub.prisma.monitoringOutcome.count({ where: { insurerId: a.insurer.id, outcome: 'REMINDED' } }),
    ).toBe(1);
    expect(ok(await hub.exec<List>(LIST, {}, insurerAdmin(a.insurer.id))).interceptions.totalCount).toBe(1);
  });
});
