import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/** 过度检查 (S4): an HbA1c test (indicated for E10/E11) for a cold is flagged; for a diabetic it is not. */
const withDiagnoses = (diagnoses: string[]) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const exam = w.line({ catalogueCode: 'K-EXAM', name: '糖化血红蛋白测定', category: 'SERVICE_ITEM', unitPriceFen: '6000' });
  return { claim: w.claim({ insuredIdNumber: p.idNumber, diagnoses, lines: [exam] }) };
};

describeRule('EXAMINATION_WITHOUT_INDICATION', { fires: withDiagnoses(['J06.9']), twin: withDiagnoses(['E11.9']) });
