/**
 * `BENCH_APPEND_FLOOR=1 npm run bench:events` (issue 14, "what it would take" for appends):
 * the hub's receiveTipOff beside the fixed stack's floor for it (bench/apollo-floor-server.ts:
 * Express 5 + Apollo Server 5 + graphql-js sending the hub's one statement for a tip-off through `pg`, with
 * no Prisma, Pothos, policy layer or domain code), same PostgreSQL, same writers, alternated
 * rounds. If the floor stays under 1,500 appends/s, no hub on the fixed stack reaches the goal
 * on this machine however its command is written; the gap between the two is what the hub's
 * own layers cost.
 */
import type { AppPrismaClient } from '../server/db/prisma-client.js';
import { generateApiKey } from '../server/auth/api-key.js';
import { forkServer } from './servers.js';
import { now, postGraphql } from './events-support.js';
import { cpuMeter } from './events-goals.js';

const RECEIVE = 'mutation($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq } }';

interface Side { name: string; port: number; pid: number; key: string; input: Record<string, unknown>; rates: number[]; hubMs: number; pgMs: number; events: number }

export async function compareAppendFloor(options: {
  prisma: AppPrismaClient; url: string; pgDataDir: string; insurerId: string; insurerGlobalId: string;
  hub: { port: number; pid: number; key: string }; writers: number; seconds: number; rounds: number;
}): Promise<void> {
  const { prisma, insurerId } = options;
  const client = await prisma.apiClient.create({ data: { name: 'bench floor', role: 'INSURER_ADMIN', insurerId } });
  const generated = generateApiKey();
  await prisma.apiKey.create({ data: { apiClientId: client.id, prefix: generated.prefix, keyHash: generated.keyHash } });
  const floor = await forkServer('./apollo-floor-server.ts', { DATABASE_URL: options.url, DATABASE_POOL_SIZE: '10' });
  try {
    const sides: Side[] = [
      { name: 'hub', ...options.hub, input: { insurerId: options.insurerGlobalId }, rates: [], hubMs: 0, pgMs: 0, events: 0 },
      { name: 'apollo+SQL floor', port: Number(new URL(floor.url).port), pid: floor.pid, key: generated.key, input: {}, rates: [], hubMs: 0, pgMs: 0, events: 0 },
    ];
    for (let round = 0; round < options.rounds; round++) {
      for (const side of round % 2 ? [...sides].reverse() : sides) await appendRound(side, options);
    }
    for (const s of sides) {
      const mean = s.rates.reduce((a, b) => a + b, 0) / s.rates.length;
      console.log(`append ${s.name.padEnd(17)} ${mean.toFixed(0).padStart(5)} events/s (rounds ${s.rates.map((r) => r.toFixed(0)).join(' / ')}); ` +
        `CPU per event: server ${(s.hubMs / s.events).toFixed(2)} ms, PostgreSQL ${(s.pgMs / s.events).toFixed(2)} ms`);
    }
  } finally {
    await floor.stop();
  }
}

async function appendRound(side: Side, options: { pgDataDir: string; writers: number; seconds: number }): Promise<void> {
  let n = 0;
  let appended = 0;
  const meter = cpuMeter(side.pid, options.pgDataDir);
  const started = now();
  await Promise.all(Array.from({ length: options.writers }, async () => {
    while (now() - started < options.seconds * 1000) {
      const res = await postGraphql<{ receiveTipOff: { auditSeq: string } }>(side.port, side.key, RECEIVE, {
        input: { ...side.input, channel: 'PHONE', summary: `举报：冒名就医、串换药品，第 ${++n} 件` },
      });
      if (res.status !== 200 || !res.body.data) throw new Error(`${side.name} receiveTipOff answered ${res.status}: ${JSON.stringify(res.body.errors)}`);
      appended += 1;
    }
  }));
  side.rates.push(appended / ((now() - started) / 1000));
  const cost = meter();
  side.hubMs += cost.hubMs;
  side.pgMs += cost.pgMs;
  side.events += appended;
}
