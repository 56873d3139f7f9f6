// Preloaded into the hub process by bench/events.ts and scripts/cluster.ts
// (`node --import tsx --import ./bench/loop-delay.ts server/main.ts`): reports the hub's own
// event-loop delay, which a client cannot see. On SIGUSR2 it prints one line to stderr,
// `EVENT_LOOP {"maxMs":…,"p99Ms":…,"meanMs":…,"gcMaxMs":…,"gcMs":…}`, and starts a new window.
// The garbage collector's longest pause and total pause time in the window say how much of a
// stall was the collector's, not the hub's own code or the machine's scheduler.
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
let gcMaxMs = 0;
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    gcMaxMs = Math.max(gcMaxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });
process.on('SIGUSR2', () => {
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const round = (x: number) => Math.round(x * 100) / 100;
  const report = {
    maxMs: ms(histogram.max),
    p99Ms: ms(histogram.percentile(99)),
    meanMs: ms(histogram.mean),
    gcMaxMs: round(gcMaxMs),
    gcMs: round(gcMs),
  };
  process.stderr.write(`EVENT_LOOP ${JSON.stringify(report)}\n`);
  histogram.reset();
  gcMaxMs = 0;
  gcMs = 0;
});
