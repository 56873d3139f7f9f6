import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';
import { db } from '../../../server/db/database.js';
import { createPhysician } from '../../factories/records.js';

/** A physician of provider 0 whose billing right is stopped until 2027-03-01, or not stopped. */
const treatedBy = (suspended: boolean) => async (w: MonitoringWorld) => {
  const site = w.providers[0]!;
  const physician = await createPhysician(db(), { primaryProviderId: site.id });
  if (suspended)
    await db().physician.update({
      where: { id: physician.id },
      data: { status: 'BILLING_SUSPENDED', billingSuspendedUntil: new Date('2027-03-01') },
    });
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, providerCode: site.code, physicianCode: physician.code }) };
};

describeRule('PHYSICIAN_SUSPENDED', { fires: treatedBy(true), twin: treatedBy(false) });
