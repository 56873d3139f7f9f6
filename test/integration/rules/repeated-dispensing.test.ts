import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/** A 30-day supply dispensed on 1 March, then the same drug again on `servedOn` (tolerance 7 days). */
const againOn = (servedOn: string) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const dispense = (day: string) =>
    w.claim({ insuredIdNumber: p.idNumber, settledAt: `${day}T03:00:00Z`, lines: [w.line({ catalogueCode: 'X-CAPE', daysSupply: 30, servedOn: day })] });
  return { history: [dispense('2026-03-01')], claim: dispense(servedOn) };
};

describeRule('REPEATED_DISPENSING', { fires: againOn('2026-03-23'), twin: againOn('2026-03-24') });
