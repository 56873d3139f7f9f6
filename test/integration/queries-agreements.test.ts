import { describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { useQueryWorld } from '../support/query-world.js';
import { gid, type QueryWorld } from '../factories/world.js';
import { insurerAdmin, platformAdmin } from '../factories/viewers.js';
import { graphql } from '../gql/index.js';
import type { AgreementFilter, AgreementOrder } from '../gql/graphql.js';

const Agreements = graphql(`
  query QAgreements(
    $filter: AgreementFilter
    $orderBy: AgreementOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    agreements(
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          status
          endsOn
        }
      }
    }
  }
`);

const ExpiringSoon = graphql(`
  query QExpiringSoon($days: Int) {
    agreementsExpiringSoon(days: $days) {
      totalCount
      edges {
        node {
          number
        }
      }
    }
  }
`);

const NestedPage = graphql(`
  query QNestedPage($first: Int) {
    providers(first: 1) {
      edges {
        node {
          agreements(first: $first) {
            totalCount
          }
        }
      }
    }
  }
`);

let hub: TestHub;
let w: QueryWorld;
const admin = platformAdmin();
useQueryWorld((opened) => ({ hub, w } = opened));

async function list(
  filter: AgreementFilter | null,
  extra: { orderBy?: AgreementOrder; first?: number; after?: string; last?: number; before?: string } = {},
  viewer = admin,
) {
  const result = await hub.exec(Agreements, { filter, ...extra }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.agreements;
}
const numbers = (conn: { edges: { node: { number: string } }[] }) =>
  conn.edges.map((e) => e.node.number).sort();

describe('agreements connection', () => {
  it('lists all with totalCount and pages forward and backward without overlap', async () => {
    const all = await list(null, { first: 100 });
    expect(all.totalCount).toBe(6);
    expect(all.edges).toHaveLength(6);
    const page1 = await list(null, { first: 4 });
    expect(page1.totalCount).toBe(6);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list(null, { first: 4, after: page1.pageInfo.endCursor! });
    expect(page2.edges).toHaveLength(2);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
    const back = await list(null, { last: 2, before: page2.edges[0]!.cursor });
    expect(back.edges.map((e) => e.node.id)).toEqual(page1.edges.slice(2).map((e) => e.node.id));
  });

  it('orders stably by the requested field, then id, in both directions', async () => {
    const asc = await list(null, { orderBy: { field: 'ENDS_ON', direction: 'ASC' }, first: 100 });
    const ends = asc.edges.map((e) => e.node.endsOn);
    expect(ends).toEqual([...ends].sort());
    // Equal end dates page deterministically: two pages of 3 concatenate to the full order.
    const p1 = await list(null, { orderBy: { field: 'ENDS_ON' }, first: 3 });
    const p2 = await list(null, { orderBy: { field: 'ENDS_ON' }, first: 3, after: p1.pageInfo.endCursor! });
    expect([...p1.edges, ...p2.edges].map((e) => e.node.id)).toEqual(asc.edges.map((e) => e.node.id));
    const desc = await list(null, { orderBy: { field: 'ENDS_ON', direction: 'DESC' }, first: 100 });
    expect(desc.edges.map((e) => e.node.id)).toEqual(asc.edges.map((e) => e.node.id).reverse());
    const byNumber = await list(null, { orderBy: { field: 'NUMBER' }, first: 100 });
    const nums = byNumber.edges.map((e) => e.node.number);
    expect(nums).toEqual([...nums].sort());
  });

  it('applies every filter', async () => {
    const cases: [AgreementFilter, string[]][] = [
      [{ status: ['SUSPENDED', 'TERMINATED'] }, [w.aA2.number, w.aA3.number]],
      [{ family: 'PARTNER' }, [w.aP.number, w.aQ.number]],
      [{ kind: ['MATERNITY_SERVICE'] }, [w.aA2.number]],
      [{ insurerId: gid('Insurer', w.insB.id) }, [w.aB1.number, w.aQ.number]],
      [{ providerId: gid('Provider', w.pA1.id) }, [w.aA1.number, w.aA2.number]],
      [{ partnerId: gid('Partner', w.partnerP.id) }, [w.aP.number]],
      [{ regionCode: '320100' }, [w.aB1.number, w.aQ.number]],
      [{ search: '仁和' }, [w.aA3.number]],
      [{ search: 'picc' }, [w.aP.number]],
      [{ search: w.aA1.number.toLowerCase() }, [w.aA1.number]],
      [{ startsFrom: '2024-01-01', startsTo: '2024-12-31' }, [w.aA2.number]],
      [{ endsFrom: '2026-06-01', endsTo: '2026-06-30' }, [w.aA3.number]],
      [{ status: ['ACTIVE'], insurerId: gid('Insurer', w.insA.id), family: 'SERVICE' }, [w.aA1.number]],
    ];
    for (const [filter, expected] of cases) {
      const result = await list(filter, { first: 100 });
      expect(numbers(result), JSON.stringify(filter)).toEqual([...expected].sort());
      expect(result.totalCount, JSON.stringify(filter)).toBe(expected.length);
    }
  });

  it('lists agreements in force that expire soon', async () => {
    const soon = await hub.exec(ExpiringSoon, { days: 45 }, admin);
    expect(soon.errors).toBeUndefined();
    expect(soon.data!.agreementsExpiringSoon.edges.map((e) => e.node.number)).toEqual([
      w.aB1.number,
      w.aA2.number,
    ]);
    const scoped = await hub.exec(ExpiringSoon, { days: 45 }, insurerAdmin(w.insA.id));
    expect(scoped.data!.agreementsExpiringSoon.totalCount).toBe(1);
    const bad = await hub.exec(ExpiringSoon, { days: 0 }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a global ID of the wrong type in a filter', async () => {
    const result = await hub.exec(Agreements, { filter: { providerId: gid('Agreement', w.aA1.id) } }, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/Provider/);
  });
});

describe('page size', () => {
  it('refuses first/last above 100 on root and nested connections with BAD_USER_INPUT', async () => {
    for (const vars of [{ first: 101 }, { last: 101 }]) {
      const root = await hub.exec(Agreements, vars, admin);
      expect(root.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(root.errors?.[0]?.extensions?.fields)).toMatch(/first|last/);
    }
    const nested = await hub.exec(NestedPage, { first: 101 }, admin);
    expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(nested.errors?.[0]?.message).toMatch(/first/);
    const ok = await hub.exec(NestedPage, { first: 100 }, admin);
    expect(ok.errors).toBeUndefined();
  });
});
