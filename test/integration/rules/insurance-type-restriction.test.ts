import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const claimUnder = (insuranceType: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, insuranceType, lines: [w.line({ catalogueCode: 'K-WI' })] }) };
};

describeRule('INSURANCE_TYPE_RESTRICTION', { fires: claimUnder('EMPLOYEE'), twin: claimUnder('WORK_INJURY') });
