// Helpers for bench/events.ts: the hub as a child process, GraphQL over keep-alive HTTP, and
// a backlog of chained events written in bulk.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { PrismaClient } from '../server/db/generated/prisma/client.js';
import { generateApiKey } from '../server/auth/api-key.js';
import {
  bodyDigest,
  canonicalJson,
  GENESIS_HASH,
  linkHash,
  type EventBody,
} from '../server/audit/canonical.js';
import { APPEND_LOCK_KEY, AUDIT_CHANNEL, EVENT_SOURCE } from '../server/audit/append-event.js';
import { HUB_NODE_FLAGS } from '../scripts/node-flags.mjs';
import { verifyAuditChain } from '../server/audit/verify-chain.js';

export const now = () => performance.timeOrigin + performance.now();

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The benches' tenant: one insurer, and a platform admin's API key (the whole key). */
export async function createBenchTenant(prisma: PrismaClient): Promise<{ insurerId: string; key: string }> {
  const insurer = await prisma.insurer.create({
    data: { code: 'BENCH', nameZh: '压测医保中心', nameEn: 'Bench insurer', level: 'CITY', regionCode: '340500', regionZh: '马鞍山市', regionEn: "Ma'anshan" },
  });
  const apiClient = await prisma.apiClient.create({ data: { name: 'bench', role: 'PLATFORM_ADMIN' } });
  const generated = generateApiKey();
  await prisma.apiKey.create({ data: { apiClientId: apiClient.id, prefix: generated.prefix, keyHash: generated.keyHash } });
  return { insurerId: insurer.id, key: generated.key };
}

/** The hub's event-loop delay over a window, and the garbage collector's pauses in it (bench/loop-delay.ts). */
export interface LoopDelay {
  maxMs: number;
  p99Ms: number;
  meanMs: number;
  gcMaxMs: number;
  gcMs: number;
}

export interface HubProcess {
  port: number;
  pid: number;
  /** The hub's event-loop delay since the previous call (bench/loop-delay.ts). */
  loopDelay(): Promise<LoopDelay>;
  stop(): Promise<void>;
}

/**
 * The hub as `npm start` runs it (its V8 flags, scripts/node-flags.mjs; `flags: false` leaves
 * them out, to measure what they change), in production mode.
 * `cwd`: another tree's root (bench/append-ab.ts runs a before and an after hub).
 */
export async function startHub(
  url: string,
  env: Record<string, string> = {},
  cwd?: string,
  { flags = true }: { flags?: boolean } = {},
): Promise<HubProcess> {
  const child = spawn(
    process.execPath,
    [
      ...(flags ? HUB_NODE_FLAGS : []),
      ...(process.env.BENCH_HUB_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      '--import',
      './bench/loop-delay.ts',
      'server/main.ts',
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: url,
        HOST: '127.0.0.1',
        PORT: '0',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
        RATE_LIMIT_PER_MINUTE: '0',
        AUDIT_HEARTBEAT_MS: '5000',
        TERM_JOB_INTERVAL_MINUTES: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(cwd ? { cwd } : {}),
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let loopWaiter: ((line: string) => void) | null = null;
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (line.startsWith('EVENT_LOOP ')) loopWaiter?.(line.slice('EVENT_LOOP '.length));
    else process.stderr.write(`[hub] ${line}\n`);
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`hub exited (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('hub started'))
        resolve(Number(new URL((JSON.parse(line) as { url: string }).url).port));
      else if (line.includes('"level":50') || line.includes('"level":40'))
        process.stderr.write(`[hub] ${line}\n`);
    });
  });
  return {
    port,
    pid: child.pid!,
    loopDelay: () =>
      new Promise((resolve) => {
        loopWaiter = (text) => {
          loopWaiter = null;
          resolve(JSON.parse(text) as LoopDelay);
        };
        child.kill('SIGUSR2');
      }),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POST /graphql over a keep-alive connection; resolves with the status and parsed body. */
export function postGraphql<T = Record<string, unknown>>(
  port: number,
  key: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: `Bearer ${key}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export function closeHttp(): void {
  agent.destroy();
}

/**
 * Appends `count` chained events in one transaction under the append lock (a backlog for the
 * replay measurement; the chain stays verifiable), then rings the doorbell.
 */
export async function appendBacklog(
  prisma: PrismaClient,
  count: number,
  insurerId: string,
): Promise<{ first: bigint; last: bigint }> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY}::bigint)`;
      const prev = await tx.auditEvent.findFirst({
        orderBy: { seq: 'desc' },
        select: { seq: true, hash: true },
      });
      let seq = prev?.seq ?? 0n;
      let prevHash = prev?.hash ?? GENESIS_HASH;
      const first = seq + 1n;
      const rows = [];
      for (let i = 0; i < count; i += 1) {
        seq += 1n;
        const id = randomUUID();
        const data = JSON.parse(
          canonicalJson({ number: `TIP-BACKLOG-${i}`, channel: 'PHONE', providerId: null }),
        ) as object;
        const body: EventBody = {
          id,
          source: EVENT_SOURCE,
          type: 'tipOff.received',
          subject: `TipOff/${id}`,
          entityType: 'TipOff',
          entityId: id,
          time: new Date(),
          data,
          actorType: 'SYSTEM',
          actorId: 'bench',
          requestId: null,
          insurerId,
          providerId: null,
          partnerId: null,
        };
        const hash = linkHash(prevHash, seq, bodyDigest(body));
        rows.push({
          ...body,
          time: body.time as Date,
          seq,
          prevHash,
          hash,
          data: body.data as object,
          actorType: 'SYSTEM' as const,
        });
        prevHash = hash;
      }
      for (let i = 0; i < rows.length; i += 1000)
        await tx.auditEvent.createMany({ data: rows.slice(i, i + 1000) });
      await tx.$executeRaw`SELECT pg_notify(${AUDIT_CHANNEL}, ${seq.toString()})`;
      return { first, last: seq };
    },
    { timeout: 60_000 },
  );
}

/** After an A/B run: the whole chain verifies and seq is gap-free (prints both); false otherwise. */
export async function chainHolds(prisma: PrismaClient): Promise<boolean> {
  const chain = await verifyAuditChain(prisma);
  const rows = await prisma.$queryRaw<{ n: bigint; max: bigint }[]>`SELECT count(*) AS n, max(seq) AS max FROM "AuditEvent"`;
  console.log(`chain: ${JSON.stringify(chain, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}; rows ${rows[0]!.n} max seq ${rows[0]!.max}`);
  return chain.ok && rows[0]!.n === rows[0]!.max;
}
