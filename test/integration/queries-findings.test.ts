import { describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { useQueryWorld } from '../support/query-world.js';
import { gid, type QueryWorld } from '../factories/world.js';
import { platformAdmin } from '../factories/viewers.js';
import { graphql } from '../gql/index.js';
import type {
  AppealFilter,
  FindingFilter,
  FindingOrder,
  PenaltyFilter,
  PenaltyOrder,
} from '../gql/graphql.js';

const Findings = graphql(`
  query QFindings($filter: FindingFilter, $orderBy: FindingOrder) {
    findings(filter: $filter, orderBy: $orderBy, first: 100) {
      totalCount
      edges {
        node {
          id
          number
          violatingAmountFen
        }
      }
    }
  }
`);

const Penalties = graphql(`
  query QPenalties($filter: PenaltyFilter, $orderBy: PenaltyOrder, $first: Int, $after: String) {
    penalties(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
      }
      edges {
        node {
          id
          number
          amountFen
        }
      }
    }
  }
`);

const Appeals = graphql(`
  query QAppeals($filter: AppealFilter) {
    appeals(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          decision
          reducedAmountFen
        }
      }
    }
  }
`);

/** provider → agreements → findings → penalties, and (next query) penalty → appeals. */

let hub: TestHub;
let w: QueryWorld;
const admin = platformAdmin();
useQueryWorld((opened) => ({ hub, w } = opened));

const sorted = (xs: string[]) => [...xs].sort();

describe('findings', () => {
  it('applies every filter', async () => {
    const cases: [FindingFilter, string[]][] = [
      [{ status: ['OPEN'] }, [w.fA1.number, w.fB1.number]],
      [{ source: ['PARTNER_INVESTIGATION', 'SMART_MONITORING'] }, [w.fA2.number, w.fA3.number]],
      [{ category: ['BILLING'] }, [w.fA2.number]],
      [{ violationTypeId: gid('ViolationType', w.vt1.id) }, [w.fA1.number, w.fA3.number, w.fB1.number]],
      [{ insurerId: gid('Insurer', w.insB.id) }, [w.fB1.number]],
      [{ providerId: gid('Provider', w.pA2.id) }, [w.fA3.number]],
      [{ partnerId: gid('Partner', w.partnerP.id) }, [w.fA2.number]],
      [{ agreementId: gid('Agreement', w.aA2.id) }, [w.fA2.number]],
      [{ physicianId: gid('Physician', w.docA.id) }, [w.fA1.number]],
      [{ regionCode: '340504' }, [w.fA3.number]],
      [{ foundFrom: '2025-03-01', foundTo: '2025-07-15' }, [w.fA1.number, w.fA2.number, w.fB1.number]],
      [{ amountMin: 3_643_000, amountMax: 7_000_000 }, [w.fA1.number, w.fB1.number]],
      [{ search: '分解住院 12' }, [w.fA1.number]],
      [{ search: 'renhe' }, [w.fA3.number]],
      [{ search: w.fA2.number }, [w.fA2.number]],
    ];
    for (const [filter, expected] of cases) {
      const result = await hub.exec(Findings, { filter }, admin);
      expect(result.errors, JSON.stringify(filter)).toBeUndefined();
      expect(sorted(result.data!.findings.edges.map((e) => e.node.number)), JSON.stringify(filter)).toEqual(
        sorted(expected),
      );
      expect(result.data!.findings.totalCount).toBe(expected.length);
    }
  });

  it('orders by violating amount, then id', async () => {
    const order: FindingOrder = { field: 'VIOLATING_AMOUNT', direction: 'DESC' };
    const result = await hub.exec(Findings, { orderBy: order }, admin);
    const amounts = result.data!.findings.edges.map((e) => e.node.violatingAmountFen);
    expect(amounts).toEqual([7_286_000, 3_643_000, 3_643_000, 50_000]);
  });
});

describe('penalties', () => {
  it('applies every filter', async () => {
    const cases: [PenaltyFilter, string[]][] = [
      [{ status: ['ISSUED', 'EXECUTED'] }, [w.pen1.number, w.pen3.number]],
      [{ measure: ['WARNING'] }, [w.pen2.number]],
      [{ target: ['PROVIDER'] }, [w.pen1.number, w.pen2.number, w.pen3.number, w.penB.number]],
      [{ insurerId: gid('Insurer', w.insB.id) }, [w.penB.number]],
      [{ providerId: gid('Provider', w.pA1.id) }, [w.pen1.number, w.pen2.number, w.pen3.number]],
      [{ agreementId: gid('Agreement', w.aA2.id) }, [w.pen3.number]],
      [{ findingId: gid('Finding', w.fA1.id) }, [w.pen1.number, w.pen2.number]],
      [{ physicianId: gid('Physician', w.docA.id) }, [w.pen1.number]],
      [{ violationTypeId: gid('ViolationType', w.vt2.id) }, [w.pen3.number]],
      [{ regionCode: '320106' }, [w.penB.number]],
      [
        { proposedFrom: '2025-03-01T00:00:00Z', proposedTo: '2025-03-31T00:00:00Z' },
        [w.pen1.number, w.pen2.number],
      ],
      [
        { appealDeadlineFrom: '2025-03-25T00:00:00Z', appealDeadlineTo: '2025-03-26T00:00:00Z' },
        [w.pen1.number],
      ],
      [{ amountMin: 7_000_000, amountMax: 7_286_000 }, [w.pen1.number, w.pen3.number, w.penB.number]],
      [{ search: w.fA2.number }, [w.pen3.number]],
      [{ search: '南京鼓楼' }, [w.penB.number]],
    ];
    for (const [filter, expected] of cases) {
      const result = await hub.exec(Penalties, { filter, first: 100 }, admin);
      expect(result.errors, JSON.stringify(filter)).toBeUndefined();
      expect(sorted(result.data!.penalties.edges.map((e) => e.node.number)), JSON.stringify(filter)).toEqual(
        sorted(expected),
      );
      expect(result.data!.penalties.totalCount).toBe(expected.length);
    }
  });

  it('pages through an ordering on a nullable amount without losing rows', async () => {
    const order: PenaltyOrder = { field: 'AMOUNT', direction: 'ASC' };
    const all = await hub.exec(Penalties, { orderBy: order, first: 100 }, admin);
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await hub.exec(Penalties, { orderBy: order, first: 1, after }, admin);
      expect(page.errors).toBeUndefined();
      const edge = page.data!.penalties.edges[0];
      if (!edge) break;
      seen.push(edge.node.id);
      after = page.data!.penalties.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(all.data!.penalties.edges.map((e) => e.node.id));
    expect(seen).toHaveLength(4);
  });
});

describe('appeals', () => {
  it('applies every filter', async () => {
    const cases: [AppealFilter, string[]][] = [
      [{ kind: ['RECONSIDERATION'] }, [w.ap2.id]],
      [{ decision: ['REDUCE'] }, [w.ap2.id]],
      [{ pending: true }, [w.ap1.id, w.apB.id]],
      [{ pending: false }, [w.ap2.id]],
      [{ penaltyId: gid('Penalty', w.pen1.id) }, [w.ap1.id]],
      [{ providerId: gid('Provider', w.pB1.id) }, [w.apB.id]],
      [{ insurerId: gid('Insurer', w.insA.id) }, [w.ap1.id, w.ap2.id]],
      [{ filedFrom: '2025-03-01T00:00:00Z', filedTo: '2025-08-31T00:00:00Z' }, [w.ap1.id, w.ap2.id]],
    ];
    for (const [filter, expected] of cases) {
      const result = await hub.exec(Appeals, { filter }, admin);
      expect(result.errors, JSON.stringify(filter)).toBeUndefined();
      const ids = result.data!.appeals.edges.map(
        (e) => Buffer.from(e.node.id, 'base64').toString().split(':')[1]!,
      );
      expect(sorted(ids), JSON.stringify(filter)).toEqual(sorted(expected));
    }
    const reduced = await hub.exec(Appeals, { filter: { decision: ['REDUCE'] } }, admin);
    expect(reduced.data!.appeals.edges[0]?.node.reducedAmountFen).toBe(5_000_000);
  });
});
