import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';
import { readmission } from './readmission.js';

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

/**
 * A chronic condition listed beside both stays (hypertension, I10) does not make them one
 * condition: a readmission 9 days later for a hip fracture after an appendicitis is care of its
 * own. The same readmission for the pneumonia treated the first time, I10 beside both, is split.
 */
describeRule('SPLIT_ADMISSION', {
  fires: readmission(['J18.9', 'I10'], ['J18.9', 'I10']),
  twin: readmission(['K35.8', 'I10'], ['S72.0', 'I10']),
});
