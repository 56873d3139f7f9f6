import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const withDiagnoses = (diagnoses: string[]) => async (w: MonitoringWorld) => {
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, diagnoses, lines: [w.line({ catalogueCode: 'K-IND' })] }) };
};

describeRule('DRUG_DIAGNOSIS_MISMATCH', { fires: withDiagnoses(['J06.9']), twin: withDiagnoses(['J06.9', 'E11.9']) });
