import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const goods = (accountFen: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  return {
    claim: w.claim({
      insuredIdNumber: p.idNumber,
      visitType: 'PHARMACY',
      settlementCategory: 'PHARMACY_PURCHASE',
      accountFen,
      lines: [w.line(), w.line({ catalogueCode: 'N-RICE', name: '大米', category: 'NON_MEDICAL', unitPriceFen: '3000' })],
    }),
  };
};

describeRule('NON_MEDICAL_ON_ACCOUNT', { fires: goods('3000'), twin: goods('0') });
