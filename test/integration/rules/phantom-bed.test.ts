import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/** A 5-day stay with bed fees every day and treatment on `treatedDays` of them. */
const stay = (treatedDays: string[]) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const days = ['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'];
  return {
    claim: w.claim({
      insuredIdNumber: p.idNumber,
      visitType: 'INPATIENT',
      settlementCategory: 'INPATIENT',
      admittedOn: '2026-03-05',
      dischargedOn: '2026-03-10',
      lines: [
        ...days.map((servedOn) => w.line({ catalogueCode: '110900001', name: '床位费', category: 'SERVICE_ITEM', unitPriceFen: '4000', servedOn })),
        ...treatedDays.map((servedOn) => w.line({ servedOn })),
      ],
    }),
  };
};

// Idle days: 3 (limit 3) vs. 2.
describeRule('PHANTOM_BED', {
  fires: stay(['2026-03-05', '2026-03-06']),
  twin: stay(['2026-03-05', '2026-03-06', '2026-03-07']),
});
