import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/** A stay from 3 to 8 March, then an outpatient claim at another provider on `settledAt`. */
const visitOn = (settledAt: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const stay = w.claim({
    insuredIdNumber: p.idNumber,
    visitType: 'INPATIENT',
    settlementCategory: 'INPATIENT',
    admittedOn: '2026-03-03',
    dischargedOn: '2026-03-08',
    settledAt: '2026-03-08T06:00:00Z',
    lines: ['03', '04', '05', '06', '07'].map((d) => w.line({ servedOn: `2026-03-${d}` })),
  });
  return { history: [stay], claim: w.claim({ insuredIdNumber: p.idNumber, providerCode: w.providers[1]!.code, settledAt }) };
};

describeRule('OUTPATIENT_DURING_STAY', { fires: visitOn('2026-03-07T02:00:00Z'), twin: visitOn('2026-03-08T02:00:00Z') });
