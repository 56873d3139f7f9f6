import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const DAYS = ['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'];

/**
 * A 5-day stay with treatment on `treatedDays`, its bed fee charged day by day or once for the
 * stay (one line, quantity 5, on the admission day: the later days carry no line at all, which
 * says nothing of the patient being away, and the fund paid nothing for them).
 */
const stay = (treatedDays: string[], bedFee: 'daily' | 'once' = 'daily') => async (w: MonitoringWorld) => {
  const p = await w.person();
  const bed = (servedOn: string, quantity: string) => w.line({ catalogueCode: '110900001', name: '床位费', category: 'SERVICE_ITEM', unitPriceFen: '4000', quantity, servedOn });
  return {
    claim: w.claim({
      insuredIdNumber: p.idNumber,
      visitType: 'INPATIENT',
      settlementCategory: 'INPATIENT',
      admittedOn: '2026-03-05',
      dischargedOn: '2026-03-10',
      lines: [...(bedFee === 'daily' ? DAYS.map((d) => bed(d, '1')) : [bed(DAYS[0]!, '5')]), ...treatedDays.map((servedOn) => w.line({ servedOn }))],
    }),
  };
};

// Idle days: 3 (limit 3) vs. 2.
describeRule('PHANTOM_BED', {
  fires: stay(['2026-03-05', '2026-03-06']),
  twin: stay(['2026-03-05', '2026-03-06', '2026-03-07']),
});

// The same 3 days with nothing billed on them: not idle unless their bed was charged.
describeRule('PHANTOM_BED', {
  fires: stay(['2026-03-05', '2026-03-06']),
  twin: stay(['2026-03-05', '2026-03-06'], 'once'),
});
