// Preloaded into the hub process by bench/events.ts and scripts/cluster.ts
// (`node --import tsx --import ./bench/loop-delay.ts server/main.ts`): reports the hub's own
// event-loop delay, which a client cannot see. On SIGUSR2 it prints one line to stderr,
// `EVENT_LOOP {"maxMs":…,"p99Ms":…,"meanMs":…}`, and starts a new window.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
process.on('SIGUSR2', () => {
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const report = {
    maxMs: ms(histogram.max),
    p99Ms: ms(histogram.percentile(99)),
    meanMs: ms(histogram.mean),
  };
  process.stderr.write(`EVENT_LOOP ${JSON.stringify(report)}\n`);
  histogram.reset();
});
