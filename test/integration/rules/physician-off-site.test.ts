import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/**
 * The physician (primary site: provider 0) treats at provider 1: on 12 March inside a sign-in
 * there (the twin), on 13 March with none.
 */
const offSite = (signedIn: boolean) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const site = w.providers[1]!;
  if (signedIn) {
    const prisma = (await import('../../../server/db/database.js')).db();
    await prisma.practiceSignIn.create({
      data: {
        physicianId: w.physician.id,
        providerId: site.id,
        signedInAt: new Date('2026-03-12T00:30:00Z'),
        signedOutAt: new Date('2026-03-12T09:00:00Z'),
      },
    });
  }
  return {
    claim: w.claim({ insuredIdNumber: p.idNumber, providerCode: site.code, physicianCode: w.physician.code, settledAt: signedIn ? '2026-03-12T02:00:00Z' : '2026-03-13T02:00:00Z' }),
  };
};

describeRule('PHYSICIAN_OFF_SITE', { fires: offSite(false), twin: offSite(true) });
