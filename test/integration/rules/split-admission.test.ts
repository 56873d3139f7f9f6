import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/** An earlier stay discharged on 1 March, then readmission on `admittedOn` (limit 15 days). */
const readmitted = (admittedOn: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const inpatient = (a: string, d: string, settledAt: string) =>
    w.claim({
      insuredIdNumber: p.idNumber,
      visitType: 'INPATIENT',
      settlementCategory: 'INPATIENT',
      admittedOn: a,
      dischargedOn: d,
      settledAt,
      lines: [w.line({ servedOn: a })],
    });
  const history = [inpatient('2026-02-20', '2026-03-01', '2026-03-01T03:00:00Z')];
  const dischargedOn = '2026-03-25';
  return { history, claim: inpatient(admittedOn, dischargedOn, '2026-03-25T03:00:00Z') };
};

describeRule('SPLIT_ADMISSION', { fires: readmitted('2026-03-16'), twin: readmitted('2026-03-17') });
