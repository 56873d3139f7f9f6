import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/** A stay from 2 to 9 March at one provider, then a stay at another from `admittedOn` to 12 March. */
const secondStay = (admittedOn: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const stay = (providerCode: string, a: string, d: string) =>
    w.claim({
      insuredIdNumber: p.idNumber,
      providerCode,
      visitType: 'INPATIENT',
      settlementCategory: 'INPATIENT',
      admittedOn: a,
      dischargedOn: d,
      settledAt: `${d}T06:00:00Z`,
      lines: [w.line({ servedOn: a })],
    });
  return { history: [stay(w.providers[0]!.code, '2026-03-02', '2026-03-09')], claim: stay(w.providers[1]!.code, admittedOn, '2026-03-12') };
};

describeRule('OVERLAPPING_STAYS', { fires: secondStay('2026-03-08'), twin: secondStay('2026-03-09') });
