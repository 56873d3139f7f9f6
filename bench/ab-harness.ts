/**
 * What bench/append-ab.ts and bench/replay-ab.ts share: the `--before/--after` arguments, one
 * private PostgreSQL with the bench tenant, the two hubs (the other tree's and this one's or
 * `--after`'s), a `receiveTipOff` writer, and the end of a run: the chain verified
 * (verifyAuditChain, seq gap-free), hubs stopped, PostgreSQL stopped, the exit code.
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startPostgres } from '../scripts/postgres.mjs';
import { applyMigrations } from '../server/db/migration-engine.js';
import { createPostgresAdapterFactory } from '../server/db/postgres.js';
import { createPrismaClient } from '../server/db/prisma-client.js';
import type { PrismaClient } from '../server/db/generated/prisma/client.js';
import { chainHolds, closeHttp, createBenchTenant, postGraphql, startHub, type HubProcess } from './events-support.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `--before <dir>` (required), `--after <dir>`, and the bench's own options. */
export function abArgs(options: Options): Record<string, string | boolean | undefined> & { before: string; after?: string } {
  const { values } = parseArgs({ options: { before: { type: 'string' }, after: { type: 'string' }, ...options } });
  const before = values.before;
  if (typeof before !== 'string') throw new Error('--before <dir of the other tree> is required');
  return { ...values, before, after: typeof values.after === 'string' ? values.after : undefined };
}

export interface AbRun {
  pgServer: Awaited<ReturnType<typeof startPostgres>>;
  prisma: PrismaClient;
  /** The bench insurer's raw id. */
  insurerRaw: string;
  /** The platform admin's API key. */
  key: string;
  before: HubProcess;
  after: HubProcess;
  /** One receiveTipOff over HTTP to the hub on `port`; throws unless it answered data. */
  receive(port: number): Promise<void>;
}

const RECEIVE = 'mutation($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq } }';

/**
 * Runs `bench` against the two hubs and exits: 1 if it threw or answered false, or if the
 * chain does not hold at the end. `beforeFlags: false` starts the before hub without the
 * production V8 flags.
 */
export async function runAb(
  values: { before: string; after?: string },
  bench: (run: AbRun) => Promise<boolean>,
  { beforeFlags = true }: { beforeFlags?: boolean } = {},
): Promise<never> {
  const pgServer = await startPostgres();
  const hubs: HubProcess[] = [];
  let failed = false;
  try {
    await applyMigrations({ target: { url: pgServer.url } });
    const prisma = createPrismaClient(createPostgresAdapterFactory(pgServer.url, { poolSize: 2 }));
    const { insurerId: insurerRaw, key } = await createBenchTenant(prisma);
    const insurerId = encodeGlobalID('Insurer', insurerRaw);
    const before = await startHub(pgServer.url, {}, path.resolve(values.before), { flags: beforeFlags });
    hubs.push(before);
    const after = await startHub(pgServer.url, {}, values.after ? path.resolve(values.after) : undefined);
    hubs.push(after);
    let n = 0;
    const receive = async (port: number) => {
      const res = await postGraphql<{ receiveTipOff: { auditSeq: string } }>(port, key, RECEIVE, {
        input: { insurerId, channel: 'PHONE', summary: `举报：冒名就医、串换药品，第 ${++n} 件` },
      });
      if (res.status !== 200 || !res.body.data) throw new Error(`receiveTipOff answered ${res.status}: ${JSON.stringify(res.body.errors)}`);
    };
    if (!(await bench({ pgServer, prisma, insurerRaw, key, before, after, receive }))) failed = true;
    if (!(await chainHolds(prisma))) failed = true;
    await prisma.$disconnect();
  } catch (error) {
    failed = true;
    console.error(error);
  } finally {
    await Promise.all(hubs.map((h) => h.stop()));
    closeHttp();
    pgServer.stop();
  }
  process.exit(failed ? 1 : 0);
}

/** "load average at start 1.2 / 3.4 / 5.6" */
export function printLoad(when: 'start' | 'end'): void {
  console.log(`load average at ${when} ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
}
