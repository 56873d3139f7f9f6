import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const suspendedUntil = (settlementSuspendedUntil: string) => async (w: MonitoringWorld) => {
  const p = await w.person({ settlementSuspendedUntil });
  return { claim: w.claim({ insuredIdNumber: p.idNumber }) };
};

// The visit is on 10 March (China time).
describeRule('INSURED_SUSPENDED', { fires: suspendedUntil('2026-03-10'), twin: suspendedUntil('2026-03-09') });
