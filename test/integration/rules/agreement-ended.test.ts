import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';
import { db } from '../../../server/db/database.js';
import { createAgreement, createProvider } from '../../factories/records.js';

/** A provider billing under its agreement, terminated (解除协议) or still active. */
const billing = (status: 'TERMINATED' | 'ACTIVE') => async (w: MonitoringWorld) => {
  const provider = await createProvider(db(), { insurerId: w.insurer.id });
  const agreement = await createAgreement(db(), { insurerId: w.insurer.id, providerId: provider.id, status });
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, providerCode: provider.code, agreementNumber: agreement.number }) };
};

describeRule('AGREEMENT_ENDED', { fires: billing('TERMINATED'), twin: billing('ACTIVE') });
