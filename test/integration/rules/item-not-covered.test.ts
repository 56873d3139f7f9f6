import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const withCode = (catalogueCode: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ catalogueCode })] }) };
};

describeRule('ITEM_NOT_COVERED', { fires: withCode('K-NC'), twin: withCode('K-NC-COVERED') });
