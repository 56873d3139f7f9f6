import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const DAYS = ['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'];

/**
 * A 5-day stay with treatment on `treatedDays`, its bed fee charged day by day or once for the
 * stay (one line, quantity 5, on the admission day: the later days carry no line at all, which
 * says nothing of the patient being away, and the fund paid nothing for them). `daily` is a
 * further charge on every day beside the bed fee.
 */
const stay = (treatedDays: string[], bedFee: 'daily' | 'once' = 'daily', daily?: { code: string; name: string }) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const bed = (servedOn: string, quantity: string) => w.line({ catalogueCode: '110900001', name: '床位费', category: 'SERVICE_ITEM', unitPriceFen: '4000', quantity, servedOn });
  const beside = daily ? DAYS.map((servedOn) => w.line({ catalogueCode: daily.code, name: daily.name, category: 'SERVICE_ITEM', unitPriceFen: '1500', servedOn })) : [];
  return {
    claim: w.claim({
      insuredIdNumber: p.idNumber,
      visitType: 'INPATIENT',
      settlementCategory: 'INPATIENT',
      admittedOn: '2026-03-05',
      dischargedOn: '2026-03-10',
      lines: [...(bedFee === 'daily' ? DAYS.map((d) => bed(d, '1')) : [bed(DAYS[0]!, '5')]), ...beside, ...treatedDays.map((servedOn) => w.line({ servedOn }))],
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

/**
 * Nursing fees (护理费, national service price items 1201) are charged every inpatient day like the
 * bed fee and are no treatment: days with a bed fee and a Ⅱ-level nursing fee and nothing else are
 * idle. A day with the bed fee and a treatment procedure of the same group (1208…, 一般检查治疗, not 护理费;
 * the default used to count 1208 as a bed fee) is a day of care.
 */
describeRule('PHANTOM_BED', {
  fires: stay(['2026-03-05', '2026-03-06'], 'daily', { code: '120100004', name: 'Ⅱ级护理' }),
  twin: stay(['2026-03-05', '2026-03-06'], 'daily', { code: '120800001', name: '治疗操作' }),
});
