import { describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { useQueryWorld } from '../support/query-world.js';
import { gid, type QueryWorld } from '../factories/world.js';
import { platformAdmin } from '../factories/viewers.js';
import { graphql } from '../gql/index.js';

const Down = graphql(`
  query QDown($id: ID!) {
    provider(id: $id) {
      nameZh
      agreements(first: 10, orderBy: { field: CREATED_AT }) {
        totalCount
        edges {
          node {
            number
            findings(first: 10) {
              totalCount
              edges {
                node {
                  number
                  penalties(first: 10, orderBy: { field: PROPOSED_AT }) {
                    totalCount
                    edges {
                      node {
                        id
                        number
                        measure
                        multiple
                        appeals {
                          totalCount
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      findings(filter: { status: [OPEN] }) {
        totalCount
      }
      penalties {
        totalCount
      }
    }
  }
`);

/** appeal → penalty → finding → agreement → provider/insurer: the way back. */
const Up = graphql(`
  query QUp($id: ID!) {
    node(id: $id) {
      ... on Appeal {
        grounds
        penalty {
          number
          appeals {
            totalCount
          }
          finding {
            number
            violationType {
              nameZh
              category
            }
            physician {
              nameZh
            }
            agreement {
              number
              provider {
                nameZh
              }
              insurer {
                nameZh
              }
            }
          }
          provider {
            nameZh
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

describe('navigation both ways', () => {
  it('goes down from a provider to agreements, findings, penalties and appeal counts', async () => {
    const result = await hub.exec(Down, { id: gid('Provider', w.pA1.id) }, admin);
    expect(result.errors).toBeUndefined();
    const p = result.data!.provider!;
    expect(p.agreements.totalCount).toBe(2);
    const [first] = p.agreements.edges;
    expect(first?.node.number).toBe(w.aA1.number);
    const finding = first!.node.findings.edges[0]!.node;
    expect(finding.number).toBe(w.fA1.number);
    expect(
      finding.penalties.edges.map((e) => [
        e.node.number,
        e.node.measure,
        e.node.multiple,
        e.node.appeals.totalCount,
      ]),
    ).toEqual([
      [w.pen1.number, 'DEDUCTION', '2', 1],
      [w.pen2.number, 'WARNING', null, 0],
    ]);
    expect(p.findings.totalCount).toBe(1);
    expect(p.penalties.totalCount).toBe(3);
  });

  it('goes back up from an appeal to penalty, finding, agreement, provider and insurer', async () => {
    const result = await hub.exec(Up, { id: gid('Appeal', w.ap1.id) }, admin);
    expect(result.errors).toBeUndefined();
    const node = result.data!.node;
    expect(node).toMatchObject({
      grounds: '计算有误',
      penalty: {
        number: w.pen1.number,
        appeals: { totalCount: 1 },
        finding: {
          number: w.fA1.number,
          violationType: { nameZh: '分解住院', category: 'HOSPITALISATION' },
          physician: { nameZh: '王医生' },
          agreement: {
            number: w.aA1.number,
            provider: { nameZh: '马鞍山市人民医院' },
            insurer: { nameZh: '马鞍山市医疗保障局' },
          },
        },
        provider: { nameZh: '马鞍山市人民医院' },
      },
    });
  });
});
