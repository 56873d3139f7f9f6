import type { MonitoringWorld } from './world.js';

/**
 * Two stays of one person at the same hospital: the first from 26 February to 1 March with the
 * diagnoses `first`, a readmission 9 days later (10 to 13 March) with `second`: within the 15
 * days of SPLIT_ADMISSION, so the diagnoses alone decide.
 */
export const readmission = (first: string[], second: string[]) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const stay = (diagnoses: string[], admittedOn: string, dischargedOn: string) =>
    w.claim({
      insuredIdNumber: p.idNumber,
      visitType: 'INPATIENT',
      settlementCategory: 'INPATIENT',
      admittedOn,
      dischargedOn,
      diagnoses,
      settledAt: `${dischargedOn}T03:00:00Z`,
      lines: [w.line({ servedOn: admittedOn })],
    });
  return { history: [stay(first, '2026-02-26', '2026-03-01')], claim: stay(second, '2026-03-10', '2026-03-13') };
};
