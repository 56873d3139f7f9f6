// npm run cluster — N hub replicas behind HAProxy on one PostgreSQL, loopback only.
//   npm run cluster                      3 replicas; serves until Ctrl-C (prints the URL)
//   npm run cluster -- --replicas 4 --port 8080
//   npm run cluster -- --load            a fuller measured run: mixed load, the replica
//                                        running a background job SIGKILLed mid-job; figures for the capacity model
// DATABASE_URL: use that PostgreSQL; otherwise a throwaway one is started (scripts/postgres.mjs).
// Flags for --load: --seconds S (20) --subscribers N (200) --writers W (8) --readers R (8)
// --campaign A (300 agreements re-signed by a background job; its replica is the one killed).
import { startCluster } from './cluster/cluster.js';
import { runScenario } from './cluster/scenario.js';
import { pinSslMode } from '../server/db/ssl-mode.js';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

// Ctrl-C in a terminal reaches this process twice (from the terminal, and relayed by
// scripts/start.mjs, which `npm run cluster` runs through): every signal after the first is
// taken and ignored, so the second one cannot end this process while it stops the cluster.
// A signal during the start stops the cluster as soon as it is up.
let stopRequested = false;
const stopSignal = new Promise<void>((resolve) => {
  const stop = () => {
    stopRequested = true;
    resolve();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});

async function main(): Promise<void> {
  const load = process.argv.includes('--load');
  const replicas = flag('replicas', 3);
  const cluster = await startCluster({
    onProgress: (line) => console.log(line),
    replicas,
    port: flag('port', load ? 0 : 4000),
    // Pinned as the hub pins it (server/db/ssl-mode.ts): the migration run here connects too.
    databaseUrl: process.env.DATABASE_URL ? pinSslMode(process.env.DATABASE_URL).url : undefined,
    // The measured run is about throughput: the per-credential budget is proven by the test.
    // The killed replica's job is retried elsewhere within seconds (pg-boss's shortest heartbeat).
    // The interactive run on its own throwaway database gets the demo data (r1 seeds it before
    // r2 starts), so the README's demo logins and keys work through the balancer; a database
    // of the operator's (DATABASE_URL) is never seeded.
    env: load
      ? { RATE_LIMIT_PER_MINUTE: '0', JOB_HEARTBEAT_SECONDS: '10', JOB_SUPERVISE_SECONDS: '2' }
      : { SEED_DEMO: process.env.DATABASE_URL ? 'false' : 'true' },
  });
  console.log(
    `${replicas} replicas (${cluster.replicas.map((r) => `${r.name} :${r.port}`).join(', ')}) behind HAProxy at ${cluster.url}/graphql`,
  );
  console.log(`HAProxy config: ${cluster.balancer.configPath}`);
  if (!load) {
    if (!process.env.DATABASE_URL) console.log('Demo data seeded (demo login: mas-admin / demo-password; demo keys as in README.md).');
    console.log('Ctrl-C (or SIGTERM) stops everything.');
    // SIGTERM too (kill, a process manager): without a handler it ended this process alone
    // and left the replicas, HAProxy and the throwaway PostgreSQL running.
    await stopSignal;
    console.log('stopping the replicas, HAProxy and PostgreSQL…');
    await cluster.stop();
    return;
  }
  if (stopRequested) return cluster.stop();
  try {
    const options = {
      seconds: flag('seconds', 20),
      subscribers: flag('subscribers', 200),
      writers: flag('writers', 8),
      readers: flag('readers', 8),
      kill: true,
      rateLimit: 0,
      campaign: flag('campaign', 300),
    };
    const r = await runScenario(cluster, options);
    const perReplica = (x: number) => (x / r.seconds / replicas).toFixed(0);
    const events = r.writes.acknowledged;
    console.log('');
    console.log(
      `Mixed load ${r.seconds.toFixed(1)} s through HAProxy, ${replicas} replicas (one SIGKILLed mid-job), ${options.subscribers} followers`,
    );
    console.log(
      `  writes   ${events} acknowledged (${(events / r.seconds).toFixed(0)}/s, ~${perReplica(events)}/s per replica), ${r.writes.failed} failed, ${r.writes.missing} acknowledged but missing`,
    );
    console.log(
      `  reads    ${r.reads.ok} ok (${(r.reads.ok / r.seconds).toFixed(0)}/s, ~${perReplica(r.reads.ok)}/s per replica), ${r.reads.failed} failed`,
    );
    console.log(`  failed   ${JSON.stringify(r.failures)} (status and code)`);
    console.log(
      `  followers ${r.followers.exactlyOnce}/${r.followers.count} got all ${r.storedEvents} events exactly once (${r.followers.reconnected} reconnected with their cursor; lost ${r.followers.lost}, duplicated ${r.followers.duplicated})`,
    );
    console.log(
      `  revocation: ${r.revocation.closed}/${r.revocation.sockets} sockets closed on every replica; refused everywhere: ${r.revocation.refusedEverywhere}`,
    );
    const c = r.campaign;
    if (c)
      console.log(
        `  job      re-signing campaign of ${c.size}: taken by ${c.takers.map((t) => `${t.replica} (retry ${t.retryCount})`).join(', ')}; ${c.killed?.replica} SIGKILLed after ${c.killed?.resignedBefore} items; ${c.status}, items ${JSON.stringify(c.items)}, agreements amended ${c.amendedAgreements} (at most ${c.maxAmendedPerAgreement} each), completion events ${c.completedEvents}`,
      );
    const ops = events + r.reads.ok;
    console.log(
      `  CPU      hubs ${r.cpu.hubSeconds.toFixed(1)} s, PostgreSQL ${r.cpu.postgresSeconds?.toFixed(1) ?? 'n/a'} s → per operation: hub ${((1000 * r.cpu.hubSeconds) / ops).toFixed(2)} ms, PostgreSQL ${r.cpu.postgresSeconds !== null ? ((1000 * r.cpu.postgresSeconds) / ops).toFixed(2) : 'n/a'} ms`,
    );
  } finally {
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // One line, as the hub's own start failures (the stack with LOG_LEVEL=debug).
    console.error(`cluster: ${(error instanceof Error ? error.message : String(error)).trim()}`);
    if (process.env.LOG_LEVEL === 'debug') console.error(error);
    process.exit(1);
  },
);
