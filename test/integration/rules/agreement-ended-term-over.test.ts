import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';
import { db } from '../../../server/db/database.js';
import { createAgreement, createProvider } from '../../factories/records.js';
import { day } from '../../factories/db.js';

/**
 * An agreement whose term ended on 31 March and which the term-end job has not marked EXPIRED
 * yet (still ACTIVE): a claim settled at 00:30 on 1 April in Beijing (16:30 UTC on 31 March) is
 * past the term; one settled at 23:30 on 31 March in Beijing is on its last day.
 */
const settledAt = (at: string) => async (w: MonitoringWorld) => {
  const provider = await createProvider(db(), { insurerId: w.insurer.id });
  const agreement = await createAgreement(db(), { insurerId: w.insurer.id, providerId: provider.id, status: 'ACTIVE', endsOn: day('2026-03-31') });
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, providerCode: provider.code, agreementNumber: agreement.number, settledAt: at, lines: [w.line({ servedOn: '2026-03-31' })] }) };
};

describeRule('AGREEMENT_ENDED', { fires: settledAt('2026-03-31T16:30:00Z'), twin: settledAt('2026-03-31T15:30:00Z') });
