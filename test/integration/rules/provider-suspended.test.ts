import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';
import { db } from '../../../server/db/database.js';
import { createAgreement, createProvider } from '../../factories/records.js';

/** A provider whose agreement with the insurer is suspended (settlement only) or active. */
const billing = (status: 'SUSPENDED' | 'ACTIVE') => async (w: MonitoringWorld) => {
  const provider = await createProvider(db(), { insurerId: w.insurer.id });
  const agreement = await createAgreement(db(), {
    insurerId: w.insurer.id,
    providerId: provider.id,
    status,
    suspensionScope: status === 'SUSPENDED' ? 'REAL_TIME_SETTLEMENT' : null,
  });
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, providerCode: provider.code, agreementNumber: agreement.number }) };
};

describeRule('PROVIDER_SUSPENDED', { fires: billing('SUSPENDED'), twin: billing('ACTIVE') });
