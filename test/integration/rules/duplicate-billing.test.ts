import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const twoLines = (secondDay: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const item = { catalogueCode: 'S-CT', name: 'CT', category: 'SERVICE_ITEM', unitPriceFen: '30000' };
  return {
    claim: w.claim({
      insuredIdNumber: p.idNumber,
      visitType: 'INPATIENT',
      settlementCategory: 'INPATIENT',
      admittedOn: '2026-03-08',
      dischargedOn: '2026-03-10',
      lines: [w.line({ ...item, servedOn: '2026-03-08' }), w.line({ ...item, servedOn: secondDay }), w.line({ servedOn: '2026-03-09' })],
    }),
  };
};

describeRule('DUPLICATE_BILLING', { fires: twoLines('2026-03-08'), twin: twoLines('2026-03-09') });
