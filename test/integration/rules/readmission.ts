import type { MonitoringWorld } from './world.js';

/** Where the two stays lie, and whether the first is an interim settlement (中途结算). */
export interface Stays {
  first: [admittedOn: string, dischargedOn: string];
  second: [admittedOn: string, dischargedOn: string];
  interim?: boolean;
}

/**
 * Two stays of one person at the same hospital: by default the first from 26 February to 1 March
 * with the diagnoses `first`, a readmission 9 days later (10 to 13 March) with `second`: within
 * the 15 days of SPLIT_ADMISSION, so the diagnoses alone decide.
 */
export const readmission =
  (first: string[], second: string[], at: Stays = { first: ['2026-02-26', '2026-03-01'], second: ['2026-03-10', '2026-03-13'] }) =>
  async (w: MonitoringWorld) => {
    const p = await w.person();
    const stay = (diagnoses: string[], [admittedOn, dischargedOn]: [string, string], interimSettlement: boolean) =>
      w.claim({
        insuredIdNumber: p.idNumber,
        visitType: 'INPATIENT',
        settlementCategory: 'INPATIENT',
        admittedOn,
        dischargedOn,
        interimSettlement,
        diagnoses,
        settledAt: `${dischargedOn}T03:00:00Z`,
        lines: [w.line({ servedOn: admittedOn })],
      });
    return { history: [stay(first, at.first, at.interim ?? false)], claim: stay(second, at.second, false) };
  };
