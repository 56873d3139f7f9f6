import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const atPrice = (unitPriceFen: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ catalogueCode: 'K-PRICE', unitPriceFen, quantity: '3' })] }) };
};

describeRule('PRICE_ABOVE_STANDARD', { fires: atPrice('1001'), twin: atPrice('1000') });
