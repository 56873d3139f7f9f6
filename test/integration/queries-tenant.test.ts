import { describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { useQueryWorld } from '../support/query-world.js';
import { gid, type QueryWorld } from '../factories/world.js';
import {
  insurerAdmin,
  insurerViewer,
  partnerViewer,
  platformAdmin,
  providerStaff,
} from '../factories/viewers.js';
import { graphql } from '../gql/index.js';

const Everything = graphql(`
  query QEverything {
    insurers {
      totalCount
    }
    providers {
      totalCount
    }
    agreements {
      totalCount
    }
    findings {
      totalCount
    }
    penalties {
      totalCount
    }
    appeals {
      totalCount
    }
    assessments {
      totalCount
    }
    creditEvaluations {
      totalCount
    }
    physicians {
      totalCount
    }
    partners {
      totalCount
    }
    insuredPersons {
      totalCount
    }
    auditRules {
      totalCount
    }
    ruleHits {
      totalCount
    }
  }
`);

const TipOffs = graphql(`
  query QTipOffs {
    tipOffs {
      totalCount
      edges {
        node {
          number
          reporterContact
        }
      }
    }
  }
`);

const ByNode = graphql(`
  query QByNode($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);

const ProviderAgreements = graphql(`
  query QProviderAgreements($id: ID!, $filter: AgreementFilter) {
    provider(id: $id) {
      nameZh
      agreements(filter: $filter) {
        totalCount
        edges {
          node {
            number
          }
        }
      }
    }
    insurer: node(id: $id) {
      id
    }
  }
`);

const InsurerNested = graphql(`
  query QInsurerNested($id: ID!) {
    insurer(id: $id) {
      agreements {
        totalCount
      }
      providers {
        totalCount
      }
      tipOffs {
        totalCount
      }
    }
  }
`);

const FindingTipOff = graphql(`
  query QFindingTipOff($id: ID!) {
    finding(id: $id) {
      number
      tipOff {
        number
      }
      insuredPerson {
        nameZh
        idNumber
      }
      physician {
        idNumber
      }
    }
  }
`);

let hub: TestHub;
let w: QueryWorld;
useQueryWorld((opened) => ({ hub, w } = opened));

async function counts(viewer: Parameters<TestHub['exec']>[2]) {
  const result = await hub.exec(Everything, {}, viewer);
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(Object.entries(result.data!).map(([k, v]) => [k, v.totalCount]));
}

describe('tenant isolation of reads', () => {
  it("an insurer admin counts only its own insurer's records in every list", async () => {
    expect(await counts(insurerAdmin(w.insA.id))).toEqual({
      insurers: 1,
      providers: 2,
      agreements: 4,
      findings: 3,
      penalties: 3,
      appeals: 2,
      assessments: 3,
      creditEvaluations: 4,
      physicians: 1,
      partners: 1,
      insuredPersons: 1,
      auditRules: 2,
      ruleHits: 2,
    });
    expect(await counts(insurerAdmin(w.insB.id))).toMatchObject({
      insurers: 1,
      providers: 1,
      agreements: 2,
      findings: 1,
      penalties: 1,
      physicians: 1,
      partners: 1,
    });
    expect(await counts(platformAdmin())).toMatchObject({
      insurers: 2,
      providers: 3,
      agreements: 6,
      findings: 4,
      penalties: 4,
    });
  });

  it("returns null from node/nodes/agreement(id) for another insurer's records", async () => {
    const bIds = [
      gid('Agreement', w.aB1.id),
      gid('Provider', w.pB1.id),
      gid('Finding', w.fB1.id),
      gid('Penalty', w.penB.id),
      gid('Insurer', w.insB.id),
      gid('TipOff', w.tB.id),
    ];
    const asA = await hub.exec(ByNode, { ids: bIds }, insurerAdmin(w.insA.id));
    expect(asA.errors).toBeUndefined();
    expect(asA.data!.nodes).toEqual(bIds.map(() => null));
    const asB = await hub.exec(ByNode, { ids: bIds }, insurerAdmin(w.insB.id));
    expect(asB.data!.nodes.map((n) => n?.id)).toEqual(bIds);
  });

  it('filters cannot reach past the tenant, and nested lists and counts are filtered too', async () => {
    const viaFilter = await hub.exec(
      ProviderAgreements,
      { id: gid('Provider', w.pB1.id) },
      insurerAdmin(w.insA.id),
    );
    expect(viaFilter.data!.provider).toBeNull();
    const nested = await hub.exec(InsurerNested, { id: gid('Insurer', w.insA.id) }, insurerAdmin(w.insA.id));
    expect(nested.data!.insurer).toEqual({
      agreements: { totalCount: 4 },
      providers: { totalCount: 2 },
      tipOffs: { totalCount: 2 },
    });
    const other = await hub.exec(InsurerNested, { id: gid('Insurer', w.insA.id) }, insurerAdmin(w.insB.id));
    expect(other.data!.insurer).toBeNull();
  });

  it('a partner sees, under a provider, only the agreements of insurers that entrust it, and no tip-offs', async () => {
    const partner = partnerViewer(w.partnerP.id);
    const result = await hub.exec(ProviderAgreements, { id: gid('Provider', w.pA1.id) }, partner);
    expect(result.errors).toBeUndefined();
    expect(result.data!.provider?.agreements.totalCount).toBe(2);
    // A partner without entrusted supervisory work sees neither the provider nor its agreements.
    const outsider = await hub.exec(
      ProviderAgreements,
      { id: gid('Provider', w.pA1.id) },
      partnerViewer(w.partnerQ.id),
    );
    expect(outsider.data!.provider).toBeNull();
    const c = await counts(partnerViewer(w.partnerQ.id));
    expect(c).toMatchObject({ agreements: 1, providers: 0, findings: 0, penalties: 0 });
    const tips = await hub.exec(TipOffs, {}, partner);
    expect(tips.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const link = await hub.exec(FindingTipOff, { id: gid('Finding', w.fA2.id) }, partner);
    expect(link.errors).toBeUndefined();
    expect(link.data!.finding).toMatchObject({ number: w.fA2.number, tipOff: null });
  });

  it('provider staff see only their own provider', async () => {
    expect(await counts(providerStaff(w.pA2.id))).toMatchObject({
      providers: 1,
      agreements: 1,
      findings: 1,
      penalties: 0,
    });
  });
});

describe('tip-offs and masking', () => {
  it('shows the reporter contact to admins and auditors, not to viewers', async () => {
    const adminView = await hub.exec(TipOffs, {}, insurerAdmin(w.insA.id));
    expect(adminView.data!.tipOffs.totalCount).toBe(2);
    expect(adminView.data!.tipOffs.edges.every((e) => e.node.reporterContact !== null)).toBe(true);
    const viewerView = await hub.exec(TipOffs, {}, insurerViewer(w.insA.id));
    expect(viewerView.errors).toBeUndefined();
    expect(viewerView.data!.tipOffs.edges.map((e) => e.node.reporterContact)).toEqual([null, null]);
  });

  it('masks ID numbers and names for roles that do not need them', async () => {
    const id = gid('Finding', w.fA1.id);
    const full = await hub.exec(FindingTipOff, { id }, insurerAdmin(w.insA.id));
    expect(full.data!.finding).toMatchObject({
      tipOff: null,
      insuredPerson: { nameZh: '张三丰', idNumber: '340502199001011234' },
      physician: { idNumber: '340503198001011234' },
    });
    const masked = await hub.exec(FindingTipOff, { id }, insurerViewer(w.insA.id));
    expect(masked.data!.finding).toMatchObject({
      insuredPerson: { nameZh: '张*丰', idNumber: '3405**********1234' },
      physician: { idNumber: '3405**********1234' },
    });
    const ownStaff = await hub.exec(FindingTipOff, { id }, providerStaff(w.pA1.id));
    expect(ownStaff.data!.finding).toMatchObject({
      insuredPerson: { idNumber: '3405**********1234' },
      physician: { idNumber: '340503198001011234' },
    });
    const partner = await hub.exec(FindingTipOff, { id }, partnerViewer(w.partnerP.id));
    expect(partner.data!.finding?.physician?.idNumber).toBe('3405**********1234');
  });
});
