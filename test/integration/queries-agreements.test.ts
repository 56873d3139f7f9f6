import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createQueryWorld, gid, type QueryWorld } from '../factories/world.js';
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

const AgreementDetail = graphql(`
  query QAgreementDetail($id: ID!) {
    agreement(id: $id) {
      number
      family
      kind
      status
      suspensionScope
      startsOn
      endsOn
      currentVersionNo
      insurer {
        nameZh
      }
      provider {
        nameZh
        agreements {
          totalCount
        }
      }
      partner {
        nameZh
      }
      currentVersion {
        versionNo
        changeNote
        clauses {
          totalCount
          edges {
            node {
              clauseNo
              titleZh
              bodyEn
              agreementVersion {
                versionNo
              }
            }
          }
        }
        indicators {
          totalCount
          edges {
            node {
              metric
              comparator
              threshold
              unit
            }
          }
        }
      }
      versions {
        totalCount
        edges {
          node {
            versionNo
            clauses {
              totalCount
            }
            agreement {
              number
            }
          }
        }
      }
      transitions {
        totalCount
        edges {
          node {
            action
            fromStatus
            toStatus
            effectiveOn
          }
        }
      }
      findings {
        totalCount
      }
      penalties {
        totalCount
      }
      assessments {
        totalCount
      }
      ruleHits {
        totalCount
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

const NodeLookup = graphql(`
  query QNode($id: ID!, $ids: [ID!]!) {
    node(id: $id) {
      __typename
      id
      ... on Agreement {
        number
      }
    }
    nodes(ids: $ids) {
      __typename
      id
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

beforeAll(async () => {
  hub = await createTestHub();
  w = await createQueryWorld(hub.prisma);
});
afterAll(async () => {
  await hub?.close();
});

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

describe('agreement detail', () => {
  it('shows parties, the current version with its terms, old versions and transitions', async () => {
    const result = await hub.exec(AgreementDetail, { id: gid('Agreement', w.aA1.id) }, admin);
    expect(result.errors).toBeUndefined();
    const a = result.data!.agreement!;
    expect(a).toMatchObject({
      number: w.aA1.number,
      family: 'SERVICE',
      status: 'ACTIVE',
      currentVersionNo: 2,
      startsOn: '2025-01-01',
    });
    expect(a.insurer.nameZh).toBe('马鞍山市医疗保障局');
    expect(a.provider?.nameZh).toBe('马鞍山市人民医院');
    expect(a.provider?.agreements.totalCount).toBe(2);
    expect(a.partner).toBeNull();
    expect(a.currentVersion?.versionNo).toBe(2);
    expect(a.currentVersion?.changeNote).toBe('新增分娩条款');
    expect(a.currentVersion?.clauses.totalCount).toBe(4);
    expect(a.currentVersion?.clauses.edges.map((e) => e.node.clauseNo)).toEqual(['1', '2', '3', '4']);
    expect(a.currentVersion?.clauses.edges[0]?.node.agreementVersion.versionNo).toBe(2);
    expect(a.currentVersion?.indicators.edges.map((e) => e.node.metric).sort()).toEqual([
      'AVERAGE_COST_PER_VISIT',
      'DRUG_SHARE',
      'WESTERN_DRUG_STOCKING_RATE',
    ]);
    expect(
      a.currentVersion?.indicators.edges.find((e) => e.node.metric === 'DRUG_SHARE')?.node,
    ).toMatchObject({ comparator: 'LTE', unit: 'PERCENT' });
    expect(a.versions.edges.map((e) => [e.node.versionNo, e.node.clauses.totalCount])).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(a.versions.edges[0]?.node.agreement.number).toBe(w.aA1.number);
    expect(a.transitions.edges.map((e) => e.node.action)).toEqual(['DRAFT', 'SIGN', 'ACTIVATE', 'AMEND']);
    expect(a.transitions.edges[1]?.node).toMatchObject({
      fromStatus: 'DRAFT',
      toStatus: 'SIGNED',
      effectiveOn: '2025-01-01',
    });
    expect([
      a.findings.totalCount,
      a.penalties.totalCount,
      a.assessments.totalCount,
      a.ruleHits.totalCount,
    ]).toEqual([1, 2, 2, 1]);
  });

  it('loads any entity by node(id) and nodes(ids)', async () => {
    const ids = [
      gid('Agreement', w.aA1.id),
      gid('Provider', w.pA1.id),
      gid('Finding', w.fA1.id),
      gid('Penalty', w.pen1.id),
      gid('Appeal', w.ap1.id),
      gid('Physician', w.docA.id),
      gid('Partner', w.partnerP.id),
      gid('Insurer', w.insA.id),
      gid('ViolationType', w.vt1.id),
      gid('Assessment', w.asA1.id),
      gid('CreditEvaluation', w.ceA1.id),
      gid('AuditRule', w.rA1.id),
      gid('RuleHit', w.hit1.id),
      gid('TipOff', w.tA.id),
      gid('InsuredPerson', w.personA.id),
    ];
    const result = await hub.exec(NodeLookup, { id: ids[0]!, ids }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.node).toMatchObject({ __typename: 'Agreement', number: w.aA1.number });
    expect(result.data!.nodes.map((n) => n?.__typename)).toEqual(
      ids.map((id) => Buffer.from(id, 'base64').toString().split(':')[0]),
    );
    expect(result.data!.nodes.map((n) => n?.id)).toEqual(ids);
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
