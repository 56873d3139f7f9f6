import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const chronicWith = (diagnoses: string[]) => async (w: MonitoringWorld) => {
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, visitType: 'CHRONIC_OUTPATIENT', settlementCategory: 'CHRONIC_DISEASE', diagnoses }) };
};

describeRule('CATEGORY_DIAGNOSIS', { fires: chronicWith(['J06.9']), twin: chronicWith(['I10']) });
