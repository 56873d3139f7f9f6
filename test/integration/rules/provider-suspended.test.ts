import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';
import { db } from '../../../server/db/database.js';
import { createAgreement, createProvider, day } from '../../factories/records.js';

/** The world's claims are settled on 10 March 2026 (10:00 in China). */

/**
 * A provider whose agreement's real-time settlement was suspended from `suspendedOn`, as the
 * agreement commands record it (a SUSPEND transition effective that day).
 */
const suspendedFrom = (suspendedOn: string) => async (w: MonitoringWorld) => {
  const provider = await createProvider(db(), { insurerId: w.insurer.id });
  const agreement = await createAgreement(db(), { insurerId: w.insurer.id, providerId: provider.id, status: 'SUSPENDED', suspensionScope: 'REAL_TIME_SETTLEMENT' });
  await db().agreementTransition.create({
    data: { agreementId: agreement.id, action: 'SUSPEND', fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', reason: '暂停医保实时结算', effectiveOn: day(suspendedOn), actorType: 'SYSTEM', actorId: 'test' },
  });
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, providerCode: provider.code, agreementNumber: agreement.number }) };
};

describeRule('PROVIDER_SUSPENDED', { fires: suspendedFrom('2026-03-10'), twin: suspendedFrom('2026-03-11') });

/**
 * A suspended agreement with no recorded transitions (a row from before they were kept), last
 * changed at `changedAt`: its suspension is known only from that day on, so a claim settled
 * that day is in it and one settled the day before is not judged by today's status.
 */
const legacySuspendedSince = (changedAt: string) => async (w: MonitoringWorld) => {
  const provider = await createProvider(db(), { insurerId: w.insurer.id });
  const agreement = await createAgreement(db(), {
    insurerId: w.insurer.id, providerId: provider.id, status: 'SUSPENDED', suspensionScope: 'AGREEMENT', updatedAt: new Date(changedAt),
  });
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, providerCode: provider.code, agreementNumber: agreement.number }) };
};

// 16:30 UTC on 9 March is 00:30 on 10 March in China, the claim's day; the twin's row changed at
// 00:30 on 11 March, after its claim.
describeRule('PROVIDER_SUSPENDED', { fires: legacySuspendedSince('2026-03-09T16:30:00Z'), twin: legacySuspendedSince('2026-03-10T16:30:00Z') });
