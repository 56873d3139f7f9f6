import { describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { useQueryWorld } from '../support/query-world.js';
import { gid, type QueryWorld } from '../factories/world.js';
import { platformAdmin } from '../factories/viewers.js';
import { graphql } from '../gql/index.js';

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

let hub: TestHub;
let w: QueryWorld;
const admin = platformAdmin();
useQueryWorld((opened) => ({ hub, w } = opened));

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
