import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const claimOf = (quantity: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ catalogueCode: 'K-QTY', quantity, daysSupply: 30 })] }) };
};

describeRule('QUANTITY_OVER_LIMIT', { fires: claimOf('12'), twin: claimOf('10') });
