import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const twoOperations = (secondPriceFen: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  return {
    claim: w.claim({
      insuredIdNumber: p.idNumber,
      lines: [
        w.line({ catalogueCode: 'K-SURG-1', category: 'SERVICE_ITEM', unitPriceFen: '100000' }),
        // Second operation through the same incision: at most 50 % of its 80,000 fen price.
        w.line({ catalogueCode: 'K-SURG-2', category: 'SERVICE_ITEM', unitPriceFen: secondPriceFen }),
      ],
    }),
  };
};

describeRule('SURGERY_DISCOUNT', { fires: twoOperations('80000'), twin: twoOperations('40000') });
