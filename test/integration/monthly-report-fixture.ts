import { afterAll, beforeAll } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createAgreement, createInsurer, createProvider, day, termEndInForce } from '../factories/records.js';
import { localDay } from '../../server/domain/shared/local-date.js';

/**
 * The world the monthly-report tests (月报制) share: an insurer whose reports are due on the
 * 31st (clamped to the month's end) with a retail pharmacy (stocking indicators), a clinic and a
 * hospital (which does not report), another insurer's pharmacy, and the insurer's formulary.
 * `useMonthlyReportWorld()` registers the hooks that fill `m` before the file's tests run.
 */
export const m = {} as {
  hub: TestHub;
  insurer: { id: string; code: string };
  pharmacy: { id: string; code: string };
  clinic: { id: string };
  hospital: { id: string };
  elsewhere: { id: string };
};

/** "YYYY-MM" of the month `back` months before this one, on the agency's calendar (as the deadlines are). */
export function monthsAgo(back: number): string {
  const [y, m] = localDay(new Date()).split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - back, 1));
  return d.toISOString().slice(0, 7);
}
// Due day 31 (clamped to the month's end): last month's report is due at the end of this
// month (so filing it now is on time, and checking it is refused as not yet due), and the
// report of two months ago is overdue.
export const LAST = monthsAgo(1);
export const OVERDUE = monthsAgo(2);

// Terms in force over the months the tests file.
const term = { startsOn: day('2025-01-01'), endsOn: termEndInForce() };

export function useMonthlyReportWorld(): void {
  beforeAll(async () => {
    m.hub = await createTestHub();
    const hub = m.hub;
    const insurer = (m.insurer = await createInsurer(hub.prisma, { monthlyReportDueDay: 31 }));
    const other = await createInsurer(hub.prisma);
    const pharmacy = (m.pharmacy = await createProvider(hub.prisma, {
      insurerId: insurer.id,
      kind: 'RETAIL_PHARMACY',
      hospitalGrade: null,
      pharmacyClass: 'A',
    }));
    const clinic = (m.clinic = await createProvider(hub.prisma, {
      insurerId: insurer.id,
      kind: 'CLINIC',
      hospitalGrade: null,
    }));
    const hospital = (m.hospital = await createProvider(hub.prisma, { insurerId: insurer.id }));
    const elsewhere = (m.elsewhere = await createProvider(hub.prisma, {
      insurerId: other.id,
      kind: 'RETAIL_PHARMACY',
      hospitalGrade: null,
    }));
    await createAgreement(
      hub.prisma,
      { insurerId: insurer.id, providerId: pharmacy.id, kind: 'RETAIL_PHARMACY_SERVICE', ...term },
      { indicators: 2 },
    );
    await createAgreement(hub.prisma, {
      insurerId: insurer.id,
      providerId: clinic.id,
      kind: 'OUTPATIENT_SERVICE',
      ...term,
    });
    await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: hospital.id, ...term });
    await createAgreement(hub.prisma, {
      insurerId: other.id,
      providerId: elsewhere.id,
      kind: 'RETAIL_PHARMACY_SERVICE',
      ...term,
    });
    await hub.prisma.formularyDrug.createMany({
      data: [
        ...['W1', 'W2', 'W3', 'W4'].map((c) => ({
          insurerId: insurer.id,
          drugCode: c,
          nameZh: c,
          nameEn: c,
          category: 'WESTERN' as const,
        })),
        ...['C1', 'C2'].map((c) => ({
          insurerId: insurer.id,
          drugCode: c,
          nameZh: c,
          nameEn: c,
          category: 'PATENT_CHINESE' as const,
        })),
      ],
    });
  });
  afterAll(() => m.hub.close());
}

/** One purchase line of a report. */
export const line = (drugCode: string, category: string, quantity = 10) => ({
  drugCode,
  drugName: `药品${drugCode}`,
  maker: '某某制药有限公司',
  channel: '国药控股马鞍山有限公司',
  category,
  unitPriceFen: 1250,
  quantity,
});
/** Four western drugs (one not stocked) and two patent Chinese ones: 75 % and 100 % stocked. */
export const lines = [
  line('W1', 'WESTERN'),
  line('W2', 'WESTERN'),
  line('W3', 'WESTERN'),
  line('W4', 'WESTERN', 0),
  line('C1', 'PATENT_CHINESE'),
  line('C2', 'PATENT_CHINESE'),
];
