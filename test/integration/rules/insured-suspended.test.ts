import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

const suspendedUntil = (settlementSuspendedUntil: string | null) => async (w: MonitoringWorld) => {
  const p = await w.person({ settlementSuspendedUntil });
  return { claim: w.claim({ insuredIdNumber: p.idNumber }) };
};

// The visit is on 10 March (China time). A term that ended on 9 March has not restored the
// person (restoration needs the written request and pledge): it still fires; a person restored
// (or never suspended) does not.
describeRule('INSURED_SUSPENDED', { fires: suspendedUntil('2026-03-09'), twin: suspendedUntil(null) });
