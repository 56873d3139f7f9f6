import { describe } from 'vitest';
import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/**
 * One chronic prescription of 1 March dispensed `earlier` times before the judged claim on
 * `servedOn`: a 4th use, or a use past three calendar months (1 June is the last day), fires; the
 * 3rd use, or a use on the last day, does not.
 */
const dispensed = (earlier: number, servedOn: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const rx = `RX-${p.idNumber}`;
  const fill = (day: string) =>
    w.claim({
      insuredIdNumber: p.idNumber,
      visitType: 'CHRONIC_OUTPATIENT',
      settlementCategory: 'CHRONIC_DISEASE',
      diagnoses: ['I10'],
      settledAt: `${day}T02:00:00Z`,
      lines: [w.line({ catalogueCode: 'X-AMLO', prescriptionNo: rx, prescribedOn: '2026-03-01', servedOn: day, daysSupply: 7 })],
    });
  const days = ['2026-03-02', '2026-03-03', '2026-03-04'].slice(0, earlier);
  return { history: days.map(fill), claim: fill(servedOn) };
};

describe('fourth use', () => {
  describeRule('CHRONIC_PRESCRIPTION_REUSE', { fires: dispensed(3, '2026-03-20'), twin: dispensed(2, '2026-03-20') });
});
describe('past validity', () => {
  describeRule('CHRONIC_PRESCRIPTION_REUSE', { fires: dispensed(0, '2026-06-02'), twin: dispensed(0, '2026-06-01') });
});
