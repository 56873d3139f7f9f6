import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/**
 * 分解住院 and treatment in planned cycles (docs/domain/monitoring.md): a stay for a course of
 * chemotherapy (principal diagnosis Z51.1, the tumour C34.9 beside it) or for dialysis (Z49.1,
 * N18.5), discharged on 1 March, and a readmission to the same hospital 9 days later. The next
 * planned course is no split stay; a readmission for the disease itself (its code first) within
 * the 15 days still is.
 */
const readmission = (first: string[], second: string[]) => async (w: MonitoringWorld) => {
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

describeRule('SPLIT_ADMISSION', {
  fires: readmission(['Z51.1', 'C34.9'], ['C34.9', 'J18.9']),
  twin: readmission(['Z51.1', 'C34.9'], ['Z51.1', 'C34.9']),
});

describeRule('SPLIT_ADMISSION', {
  fires: readmission(['Z49.1', 'N18.5'], ['N18.5']),
  twin: readmission(['Z49.1', 'N18.5'], ['Z49.1', 'N18.5']),
});
