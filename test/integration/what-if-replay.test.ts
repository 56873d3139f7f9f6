import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerViewer, partnerViewer } from '../factories/viewers.js';
import {
  createAgreement,
  createInsuredPerson,
  createInsurer,
  createPartner,
  createProvider,
} from '../factories/records.js';
import { storeClaims } from '../../server/domain/monitoring/store-claims.js';
import { installRules } from '../../server/domain/monitoring/install-rules.js';
import type { ClaimRecord } from '../../server/domain/monitoring/claim-record.js';
import { runWhatIfReplay } from '../../server/domain/templates/run-what-if-replay.js';
import { eventBySeq, gid, ok } from './mutation-helpers.js';

let hub: TestHub;
let insurer: { id: string; code: string };
let provider: { id: string };
let templateId: string;

const DRAFT = `mutation ($input: DraftAgreementTemplateInput!) { draftAgreementTemplate(input: $input) { template { id } } }`;
const START = `mutation ($input: StartWhatIfReplayInput!) { startWhatIfReplay(input: $input) { auditSeq replay { id status } } }`;
const REPLAY = `query ($id: ID!) { node(id: $id) { ... on WhatIfReplay { status
  baseline { hits hitAmountFen breaches ladder { clauseNo stepNo measure count } }
  candidate { hits hitAmountFen breaches ladder { clauseNo stepNo measure count amountFen } }
  providers { provider { id } baseline { hits breaches } candidate { hits breaches } }
  rules { ruleCode baseline { hits } candidate { hits } } } } }`;

interface ReplaySide {
  hits: number;
  hitAmountFen: number;
  breaches: number;
  ladder: { clauseNo: string; stepNo: number; measure: string; count: number; amountFen?: number }[];
}
interface ReplayNode {
  status: string;
  baseline: ReplaySide;
  candidate: ReplaySide;
  providers: {
    provider: { id: string };
    baseline: { hits: number; breaches: number };
    candidate: { hits: number; breaches: number };
  }[];
  rules: { ruleCode: string; baseline: { hits: number }; candidate: { hits: number } }[];
}

function inpatient(
  person: string,
  month: string,
  admitted: string,
  discharged: string,
  drugFen: bigint,
): ClaimRecord {
  const total = 100_000n;
  const line = (
    lineNo: number,
    category: ClaimRecord['lines'][number]['category'],
    amount: bigint,
    servedOn: string,
  ) => ({
    lineNo,
    catalogueCode: `C-${lineNo}`,
    name: category,
    category,
    quantity: '1',
    unitPriceFen: amount,
    amountFen: amount,
    daysSupply: null,
    prescriptionNo: null,
    prescribedOn: null,
    servedOn,
  });
  return {
    id: randomUUID(),
    settlementId: `JS-${randomUUID()}`,
    settlementMonth: `${month}-01`,
    insurerId: insurer.id,
    providerId: provider.id,
    agreementId: agreementId,
    physicianId: null,
    insuredPersonId: person,
    insuranceType: 'EMPLOYEE',
    visitType: 'INPATIENT',
    admittedOn: admitted,
    dischargedOn: discharged,
    interimSettlement: false,
    settledAt: new Date(`${discharged}T06:00:00Z`),
    diagnoses: ['J18.9'],
    settlementCategory: 'INPATIENT',
    totalFen: total,
    fundFen: 70_000n,
    accountFen: 0n,
    selfFen: 30_000n,
    lines: [
      line(1, 'WESTERN_DRUG', drugFen, admitted),
      ...treatmentDays(admitted, discharged, total - drugFen, line),
    ],
  };
}
let agreementId: string;

/** A treatment line on every day of the stay (so no day looks like phantom bed occupancy). */
function treatmentDays<L>(
  from: string,
  to: string,
  amount: bigint,
  line: (n: number, c: 'SERVICE_ITEM', a: bigint, d: string) => L,
): L[] {
  const days: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d = new Date(d.getTime() + 86_400_000)
  ) {
    days.push(d.toISOString().slice(0, 10));
  }
  const each = amount / BigInt(days.length);
  return days.map((day, i) =>
    line(i + 2, 'SERVICE_ITEM', i === days.length - 1 ? amount - each * BigInt(days.length - 1) : each, day),
  );
}

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id }); // DRUG_SHARE ≤ 40
  agreementId = agreement.id;
  await hub.prisma.$transaction((tx) => installRules(tx, insurer.id));
  const person = await createInsuredPerson(hub.prisma, { insurerId: insurer.id });
  // Readmitted 20 days after discharge (split admission at 30 days, not at the default 15);
  // drug share 35 % both months (a breach of a 30 % limit, not of 40 %).
  await hub.prisma.$transaction((tx) =>
    storeClaims(tx, [
      inpatient(person.id, '2026-01', '2026-01-02', '2026-01-06', 35_000n),
      inpatient(person.id, '2026-01', '2026-01-26', '2026-01-30', 35_000n),
      inpatient(person.id, '2026-02', '2026-02-19', '2026-02-22', 35_000n),
    ]),
  );
  templateId = ok(
    await hub.exec<{ draftAgreementTemplate: { template: { id: string } } }>(
      DRAFT,
      {
        input: {
          kind: 'MEDICAL_INSTITUTION_SERVICE',
          code: 'WHATIF',
          titleZh: '草案',
          titleEn: 'Draft',
          effectiveFrom: '2027-01-01',
          clauses: [
            {
              clauseNo: '8',
              titleZh: '药占比',
              titleEn: 'Drug share',
              bodyZh: '…',
              bodyEn: '…',
              indicatorMetrics: ['DRUG_SHARE'],
              ruleCodes: [`${insurer.code}-SPLIT_ADMISSION`],
              ladder: {
                windowMonths: 12,
                steps: [{ measure: 'FORMAL_TALK' }, { measure: 'LIQUIDATED_DAMAGES', multiple: '2' }],
              },
            },
          ],
          indicators: [{ metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '30', unit: 'PERCENT' }],
        },
      },
      insurerAdmin(insurer.id),
    ),
  ).draftAgreementTemplate.template.id;
});
afterAll(() => hub.close());

const state = async () => ({
  hits: await hub.prisma.ruleHit.count(),
  measurements: await hub.prisma.indicatorMeasurement.count(),
  penalties: await hub.prisma.penalty.count(),
  findings: await hub.prisma.finding.count(),
  agreementVersions: await hub.prisma.agreementVersion.count(),
});

describe('what-if replay', () => {
  it('sets a draft template and draft rule parameters beside what is in force, writing nothing else', async () => {
    const before = await state();
    const started = ok(
      await hub.exec<{ startWhatIfReplay: { auditSeq: string; replay: { id: string; status: string } } }>(
        START,
        {
          input: {
            templateId,
            ruleParameters: [{ ruleCode: `${insurer.code}-SPLIT_ADMISSION`, parameters: { days: 30 } }],
            periodFrom: '2026-01-01',
            periodTo: '2026-02-01',
          },
        },
        insurerAdmin(insurer.id),
      ),
    ).startWhatIfReplay;
    expect(started.replay.status).toBe('QUEUED');
    expect(await eventBySeq(hub, started.auditSeq)).toMatchObject({
      type: 'whatIfReplay.started',
      data: { templateCode: 'WHATIF' },
    });
    const replayId = (await hub.prisma.whatIfReplay.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;
    await runWhatIfReplay(replayId);
    expect(await state()).toEqual(before);

    const r = ok(
      await hub.exec<{ node: ReplayNode }>(REPLAY, { id: started.replay.id }, insurerViewer(insurer.id)),
    ).node;
    expect(r.status).toBe('COMPLETED');
    expect(r.baseline).toMatchObject({ hits: 0, breaches: 0, ladder: [] });
    // Two split admissions (each stay 20 days after the last) and two drug-share breaches.
    expect(r.candidate).toMatchObject({ hits: 2, breaches: 2 });
    expect(r.candidate.ladder).toEqual([
      { clauseNo: '8', stepNo: 1, measure: 'FORMAL_TALK', count: 1, amountFen: 0 },
      // February's split admission paid 700 yuan from the fund: damages at 2× = 1,400 yuan.
      { clauseNo: '8', stepNo: 2, measure: 'LIQUIDATED_DAMAGES', count: 1, amountFen: 140000 },
    ]);
    expect(r.providers).toEqual([
      {
        provider: { id: gid('Provider', provider.id) },
        baseline: { hits: 0, breaches: 0 },
        candidate: { hits: 2, breaches: 2 },
      },
    ]);
    expect(r.rules).toEqual([
      { ruleCode: `${insurer.code}-SPLIT_ADMISSION`, baseline: { hits: 0 }, candidate: { hits: 2 } },
    ]);
    // Running it again changes nothing.
    await runWhatIfReplay(replayId);
    expect(
      await hub.prisma.auditEvent.count({ where: { type: 'whatIfReplay.completed', entityId: replayId } }),
    ).toBe(1);
  });

  it('refuses unknown rules and parameters, an empty comparison, viewers, and is invisible to partners', async () => {
    const start = (input: Record<string, unknown>, viewer = insurerAdmin(insurer.id)) =>
      hub.exec(START, { input }, viewer);
    const period = { periodFrom: '2026-01-01', periodTo: '2026-02-01' };
    const unknownRule = await start({
      ...period,
      ruleParameters: [{ ruleCode: 'NOPE', parameters: { days: 1 } }],
    });
    expect(unknownRule.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'ruleParameters', 0, 'ruleCode'] }],
    });
    const unknownParam = await start({
      ...period,
      ruleParameters: [{ ruleCode: `${insurer.code}-SPLIT_ADMISSION`, parameters: { weeks: 1 } }],
    });
    expect(unknownParam.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await start(period)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await start({ templateId, periodFrom: '2026-02-01', periodTo: '2026-01-01' })).errors?.[0]?.extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await start({ templateId, ...period }, insurerViewer(insurer.id))).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const partner = await createPartner(hub.prisma);
    const list = await hub.exec<{ whatIfReplays: { totalCount: number } }>(
      `{ whatIfReplays(first: 5) { totalCount } }`,
      {},
      partnerViewer(partner.id),
    );
    expect(list.data?.whatIfReplays.totalCount).toBe(0);
    const other = await createInsurer(hub.prisma);
    expect(
      (await start({ templateId, ...period }, insurerAdmin(other.id))).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });
});
