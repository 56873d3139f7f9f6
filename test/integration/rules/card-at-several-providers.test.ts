import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/** Earlier visits the same day at `others` other providers, then one more (limit: 3 providers). */
const sameDay = (others: number) => async (w: MonitoringWorld) => {
  const p = await w.person();
  const at = (i: number, time: string) =>
    w.claim({ insuredIdNumber: p.idNumber, providerCode: w.providers[i]!.code, settledAt: `2026-03-10T${time}:00Z` });
  return { history: [1, 2].slice(0, others).map((i) => at(i, `0${i}:00`)), claim: at(0, '06:00') };
};

describeRule('CARD_AT_SEVERAL_PROVIDERS', { fires: sameDay(2), twin: sameDay(1) });
