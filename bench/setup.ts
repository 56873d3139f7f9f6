/**
 * The benchmark's database: a throwaway PostgreSQL with the committed migrations and the
 * scale data (prisma/seed-scale.ts), one insurer-scoped API client per synthetic insurer, and
 * the rotating request lists each query is measured with.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startPostgres, type PostgresServer } from '../scripts/postgres.mjs';
import { applyMigrations } from '../server/db/migration-engine.js';
import { createPostgresAdapterFactory } from '../server/db/postgres.js';
import { createPrismaClient, type AppPrismaClient } from '../server/db/prisma-client.js';
import { generateApiKey } from '../server/auth/api-key.js';
import { seedScale } from '../prisma/seed-scale.js';
import { encodeGlobalId, type QueryName } from './queries.js';

export interface Workload {
  /** Bearer credential and GraphQL variables of each request, in rotation order. */
  items: { authorization: string; insurerId: string; variables: Record<string, unknown> }[];
}

export interface BenchDatabase {
  url: string;
  /** The same database as a superuser (PostGraphile's role and policies need one). */
  superuserUrl: string;
  /** PostgreSQL's postmaster (its backends' CPU is read from /proc), null when unknown. */
  postmasterPid: number | null;
  /** Rows in the read access log (the hub's write load per request). */
  accessLogRows(): Promise<number>;
  /** Disconnects, and stops the throwaway server (nothing more for a reused database). */
  close(): Promise<void>;

  workloads: Record<QueryName, Workload>;
  counts: Record<string, number>;
  serverVersion: string;
}

export interface SetupOptions {
  /** An existing database to reuse (seeded once; for iterating on the hub), else a throwaway one. */
  url?: string;
  /** With `url`: the same database as a superuser, and the scripts/postgres.mjs dir it runs from. */
  superuserUrl?: string;
  pgDir?: string;
  providers: number;
  agreements: number;
  penalties: number;
  log: (line: string) => void;
}

/** The command-line options with which a benchmark reuses a database (parseArgs). */
export const DATABASE_OPTIONS = {
  /** Reuse this (already seeded or to be seeded) database instead of a throwaway one. */
  url: { type: 'string' },
  'superuser-url': { type: 'string' },
  'pg-dir': { type: 'string' },
} as const;

export function databaseOptions(values: { url?: string; 'superuser-url'?: string; 'pg-dir'?: string }): Pick<SetupOptions, 'url' | 'superuserUrl' | 'pgDir'> {
  return { url: values.url, superuserUrl: values['superuser-url'], pgDir: values['pg-dir'] };
}

const PENALTY_STATUSES = ['PROPOSED', 'ISSUED', 'APPEALED', 'EXECUTED', 'CLOSED'] as const;
const AGREEMENTS_PER_INSURER = 40;

export async function setUpDatabase(options: SetupOptions): Promise<BenchDatabase> {
  const started = performance.now();
  const pg: PostgresServer | null = options.url ? null : await startPostgres();
  const url = options.url ?? pg!.url;
  const superuserUrl = options.superuserUrl ?? pg?.superuserUrl;
  if (!superuserUrl) throw new Error('--superuser-url is required with --url (PostGraphile needs a role and policies)');
  const pgDir = options.pgDir ?? pg?.dataDir;
  await applyMigrations({ target: { url } });
  options.log(`PostgreSQL ${pg ? `on port ${pg.port}` : 'reused'}, migrations applied (${seconds(started)} s)`);
  const prisma = createPrismaClient(createPostgresAdapterFactory(url, { poolSize: 8 }));
  const seeded = await seedScale(prisma, {
    providers: options.providers, agreements: options.agreements, penalties: options.penalties,
    concurrency: 4, log: options.log,
  });
  // Fresh tables have no statistics yet: plan both sides on the same, settled statistics.
  await prisma.$executeRawUnsafe('VACUUM ANALYZE');
  options.log(`scale data seeded and analysed (${seconds(started)} s)`);

  const insurers = await prisma.insurer.findMany({ where: { code: { startsWith: 'SCALE-' } }, select: { id: true }, orderBy: { id: 'asc' } });
  const keys = new Map<string, string>();
  for (const insurer of insurers) {
    const { key, prefix, keyHash } = generateApiKey();
    const client = await prisma.apiClient.create({ data: { name: `bench ${insurer.id}`, role: 'INTEGRATOR', insurerId: insurer.id } });
    await prisma.apiKey.create({ data: { apiClientId: client.id, prefix, keyHash, label: 'benchmark' } });
    keys.set(insurer.id, `Bearer ${key}`);
  }

  const q1: Workload['items'] = [];
  const q2: Workload['items'] = [];
  const q3: Workload['items'] = [];
  for (const insurer of insurers) {
    const authorization = keys.get(insurer.id)!;
    const agreements = await prisma.agreement.findMany({
      where: { insurerId: insurer.id, family: 'SERVICE' }, select: { id: true }, take: AGREEMENTS_PER_INSURER, orderBy: { number: 'asc' },
    });
    for (const a of agreements) q1.push({ authorization, insurerId: insurer.id, variables: { id: encodeGlobalId('Agreement', a.id) } });
    q2.push({ authorization, insurerId: insurer.id, variables: {} });
    for (const status of PENALTY_STATUSES) q3.push({ authorization, insurerId: insurer.id, variables: { status } });
  }
  const [row] = await prisma.$queryRawUnsafe<{ version: string }[]>(`SELECT current_setting('server_version') AS version`);
  // Interleave insurers so consecutive requests (and connections) hit different tenants.
  return {
    url, superuserUrl, postmasterPid: pgDir ? postmasterPidOf(pgDir) : null,
    accessLogRows: async () => {
      const [r] = await prisma.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM "AccessLogEntry"');
      return Number(r!.n);
    },
    close: async () => {
      await prisma.$disconnect();
      pg?.stop();
    }, counts: seeded.seeded ? seeded.counts : await countRows(prisma), serverVersion: row?.version ?? '?',
    workloads: { q1: { items: interleave(q1) }, q2: { items: q2 }, q3: { items: interleave(q3) } },
  };
}

function postmasterPidOf(dir: string): number | null {
  try {
    return Number(readFileSync(path.join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

async function countRows(prisma: AppPrismaClient): Promise<Record<string, number>> {
  const [providers, agreements, findings, penalties] = await Promise.all([
    prisma.provider.count(), prisma.agreement.count(), prisma.finding.count(), prisma.penalty.count(),
  ]);
  return { providers, agreements, findings, penalties };
}

/** A fixed permutation (stride coprime with the length) spreading neighbours apart. */
function interleave<T>(items: T[]): T[] {
  const n = items.length;
  let stride = Math.max(1, Math.floor(n / 7));
  while (gcd(stride, n) !== 1) stride++;
  return items.map((_, i) => items[(i * stride) % n]!);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
