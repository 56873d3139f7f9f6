import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import {
  createAgreement,
  createInsuredPerson,
  createInsurer,
  createProvider,
  day,
} from '../factories/records.js';
import { storeClaims } from '../../server/domain/monitoring/store-claims.js';
import type { ClaimRecord } from '../../server/domain/monitoring/claim-record.js';

export let hub: TestHub;
export let insurer: { id: string };
export let provider: { id: string };
export let agreement: { id: string };
export let persons: { id: string }[];

export interface ClaimWorld {
  insurer: { id: string };
  provider: { id: string };
  agreement: { id: string };
  persons: { id: string }[];
}

/** A claim of `totalFen` with one drug line of `drugFen` and one service line for the rest. */
const claim = (c: ClaimSpec): ClaimRecord => claimIn({ insurer, provider, agreement, persons }, c);

export interface ClaimSpec {
  month: string;
  visitType?: ClaimRecord['visitType'];
  totalFen: bigint;
  drugFen?: bigint;
  fundFen?: bigint;
  person?: number;
  admittedOn?: string;
  dischargedOn?: string;
}

/** A claim of `totalFen` in world `w` (see `claim`). */
export function claimIn(w: ClaimWorld, c: ClaimSpec): ClaimRecord {
  const { insurer, provider, agreement, persons } = w;
  const drug = c.drugFen ?? 0n;
  const line = (lineNo: number, category: ClaimRecord['lines'][number]['category'], amount: bigint) => ({
    lineNo,
    catalogueCode: category === 'SERVICE_ITEM' ? 'S-1' : 'D-1',
    name: category,
    category,
    quantity: '1',
    unitPriceFen: amount,
    amountFen: amount,
    daysSupply: null,
    prescriptionNo: null,
    prescribedOn: null,
    servedOn: `${c.month}-05`,
  });
  return {
    id: randomUUID(),
    settlementId: `JS-${randomUUID()}`,
    settlementMonth: `${c.month}-01`,
    insurerId: insurer.id,
    providerId: provider.id,
    agreementId: agreement.id,
    physicianId: null,
    insuredPersonId: persons[c.person ?? 0]!.id,
    insuranceType: 'EMPLOYEE',
    visitType: c.visitType ?? 'OUTPATIENT',
    admittedOn: c.admittedOn ?? null,
    dischargedOn: c.dischargedOn ?? null,
    interimSettlement: false,
    settledAt: new Date(`${c.month}-10T02:00:00Z`),
    diagnoses: ['J06.9'],
    settlementCategory: c.visitType === 'INPATIENT' ? 'INPATIENT' : 'GENERAL_OUTPATIENT',
    totalFen: c.totalFen,
    fundFen: c.fundFen ?? (c.totalFen * 7n) / 10n,
    accountFen: 0n,
    selfFen: c.totalFen - (c.fundFen ?? (c.totalFen * 7n) / 10n),
    lines: [
      ...(drug > 0n ? [line(1, 'WESTERN_DRUG', drug)] : []),
      ...(c.totalFen - drug > 0n ? [line(2, 'SERVICE_ITEM', c.totalFen - drug)] : []),
    ],
  };
}

/**
 * One agreement of one insurer with three control indicators (drug share, cost per admission,
 * annual payment limit), on a template whose clause 7 checks the drug share, and claims in
 * January (within), February (none), March (breaches) and April (partial month).
 */
export function useIndicatorWorld(): void {
  beforeAll(async () => {
    hub = await createTestHub();
    insurer = await createInsurer(hub.prisma);
    provider = await createProvider(hub.prisma, { insurerId: insurer.id });
    agreement = await createAgreement(
      hub.prisma,
      { insurerId: insurer.id, providerId: provider.id },
      { indicators: 0 },
    );
    const version = await hub.prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: agreement.id },
    });
    await hub.prisma.controlIndicator.createMany({
      data: [
        { versionId: version.id, metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '40', unit: 'PERCENT' },
        {
          versionId: version.id,
          metric: 'AVERAGE_COST_PER_ADMISSION',
          comparator: 'LTE',
          threshold: '980000',
          unit: 'FEN',
        },
        {
          versionId: version.id,
          metric: 'ANNUAL_PAYMENT_LIMIT',
          comparator: 'LTE',
          threshold: '2500000',
          unit: 'FEN',
        },
      ],
    });
    // The agreement is on a template whose clause 7 is checked by the drug share.
    await hub.prisma.agreementTemplate.create({
      data: {
        insurerId: insurer.id,
        kind: 'MEDICAL_INSTITUTION_SERVICE',
        code: 'IND-T',
        versionNo: 1,
        titleZh: '服务协议',
        titleEn: 'Service agreement',
        status: 'PUBLISHED',
        effectiveFrom: day('2026-01-01'),
        indicators: [],
        clauses: [
          {
            clauseNo: '7',
            titleZh: '合理用药',
            titleEn: 'Rational prescribing',
            bodyZh: '药占比不超过 40%。',
            bodyEn: 'Drug share at most 40 %.',
            ruleCodes: [],
            indicatorMetrics: ['DRUG_SHARE'],
          },
        ],
      },
    });
    await hub.prisma.agreementVersion.updateMany({
      where: { agreementId: agreement.id },
      data: { templateCode: 'IND-T', templateVersion: '1' },
    });
    persons = await Promise.all([0, 1].map(() => createInsuredPerson(hub.prisma, { insurerId: insurer.id })));
    await hub.prisma.$transaction((tx) =>
      storeClaims(tx, [
        // January: drug share exactly 40 % (within), average visit 100 yuan over 2 visits.
        claim({ month: '2026-01', totalFen: 6000n, drugFen: 2400n }),
        claim({ month: '2026-01', totalFen: 14000n, drugFen: 5600n }),
        // February: nothing at all (an empty month).
        // March: drug share 41 % over all its claims (breach); two stays of 5 and 10 days, one a readmission 3 days after the first.
        claim({ month: '2026-03', totalFen: 10000n, drugFen: 4100n }),
        claim({
          month: '2026-03',
          visitType: 'INPATIENT',
          totalFen: 980000n,
          drugFen: 401800n,
          admittedOn: '2026-03-01',
          dischargedOn: '2026-03-06',
          person: 1,
        }),
        claim({
          month: '2026-03',
          visitType: 'INPATIENT',
          totalFen: 980002n,
          drugFen: 401801n,
          admittedOn: '2026-03-09',
          dischargedOn: '2026-03-19',
          person: 1,
          fundFen: 1_500_000n,
        }),
        // April (partial: "now" is in April): drug share 90 %, year-to-date fund over the limit.
        claim({ month: '2026-04', totalFen: 10000n, drugFen: 9000n, fundFen: 600_000n }),
      ]),
    );
  });
  afterAll(() => hub.close());
}

export const now = new Date('2026-04-15T08:00:00Z');
export const rows = (month: string) =>
  hub.prisma.indicatorMeasurement.findMany({
    where: { agreementId: agreement.id, month: day(month) },
    orderBy: { metric: 'asc' },
  });
export const valueOf = async (month: string, metric: string) =>
  (await rows(month)).find((r) => r.metric === metric);
