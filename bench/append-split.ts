// npx tsx bench/append-split.ts — where one `receiveTipOff` mutation's CPU goes, layer by
// layer, in this process (PostgreSQL's CPU is not counted): the raw statements through `pg`
// (the driver's floor), the domain command (Prisma's interactive transaction), and the same
// through Apollo in-process (graphql-js, the pipeline and plugins; no HTTP). CPU per
// mutation = process.cpuUsage() over N mutations made by 8 concurrent callers. The HTTP layer
// is what `npm run bench:events` (BENCH_APPEND_ONLY=1) measures on top.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startPostgres } from '../scripts/postgres.mjs';
import { applyMigrations } from '../server/db/migration-engine.js';
import { createPostgresAdapterFactory } from '../server/db/postgres.js';
import { createPrismaClient } from '../server/db/prisma-client.js';
import { setDatabase } from '../server/db/database.js';
import { receiveTipOff } from '../server/domain/tip-offs/receive-tip-off.js';
import { buildSchema } from '../schema/index.js';
import { createApollo } from '../server/graphql/apollo.js';
import { loadConfig } from '../server/config.js';
import { createContext } from '../server/context.js';
import { createLogger } from '../server/logger.js';
import type { Viewer } from '../server/auth/viewer.js';
import { APPLY_VIEWER_SQL, viewerSettings } from '../server/policy/settings.js';
import { viewerStore } from '../server/policy/viewer-session.js';
import { bodyDigest, canonicalJson } from '../server/audit/canonical.js';
import { APPEND_LOCK_KEY, AUDIT_CHANNEL, EVENT_SOURCE } from '../server/audit/append-event.js';

const N = Number(process.env.SPLIT_N ?? 1000);
const CONCURRENCY = 8;

async function measure(name: string, once: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 100; i += 1) await once(i); // warm up
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < N) await once(next++);
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  const ms = performance.now() - t0;
  const per = (cpu.user + cpu.system) / 1000 / N;
  console.log(`${name.padEnd(44)} ${per.toFixed(3)} ms CPU/mutation (user ${(cpu.user / 1000 / N).toFixed(3)}, sys ${(cpu.system / 1000 / N).toFixed(3)}), ${(N / (ms / 1000)).toFixed(0)}/s`);
}

async function main(): Promise<void> {
  // SPLIT_ALS=1: AsyncLocalStorage active from the start, as in a hub that has served any
  // viewer's read (Node 20 then runs promise hooks on every promise, whoever created it).
  if (process.env.SPLIT_ALS) viewerStore.run({ key: '', values: [] }, () => undefined);
  const server = await startPostgres();
  try {
    await applyMigrations({ target: { url: server.url } });
    const prisma = createPrismaClient(createPostgresAdapterFactory(server.url, { poolSize: 10 }));
    setDatabase(prisma);
    const insurer = await prisma.insurer.create({
      data: { code: 'SPLIT', nameZh: '压测', nameEn: 'Split', level: 'CITY', regionCode: '340500', regionZh: '马鞍山市', regionEn: "Ma'anshan" },
    });
    const viewer: Viewer = {
      actorType: 'API_CLIENT', actorId: randomUUID(), name: 'bench', role: 'PLATFORM_ADMIN',
      insurerId: null, partnerId: null, providerId: null, credentialId: null,
    };
    const summary = (i: number) => `举报：冒名就医、串换药品，第 ${i} 件`;

    const pool = new pg.Pool({ connectionString: server.url, max: 10 });
    const settings = viewerSettings(viewer, []);
    // SPLIT_ONLY_APOLLO=1: the Apollo in-process stage alone (to profile it).
    if (!process.env.SPLIT_ONLY_APOLLO) await measure('raw pg: BEGIN, viewer, INSERT, append, COMMIT', async (i) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(APPLY_VIEWER_SQL, settings);
        const id = randomUUID();
        await client.query(
          `INSERT INTO "TipOff" (id, number, "insurerId", channel, summary, "receivedAt") VALUES ($1, $2, $3, 'PHONE', $4, now())`,
          [id, `RAW-${randomUUID()}`, insurer.id, summary(i)],
        );
        const data = canonicalJson({ number: 'x', channel: 'PHONE', providerId: null });
        const body = {
          id: randomUUID(), source: EVENT_SOURCE, type: 'tipOff.received', subject: `TipOff/${id}`, entityType: 'TipOff', entityId: id,
          time: new Date(), data: JSON.parse(data) as unknown, actorType: viewer.actorType, actorId: viewer.actorId, requestId: null,
          insurerId: insurer.id, providerId: null, partnerId: null,
        };
        await client.query(
          `SELECT "seq", "hash" FROM "audit_append"($1::uuid, $2, $3, $4, $5, $6, $7::timestamptz, $8::jsonb, $9::"ActorType", $10, $11, $12::uuid, $13::uuid, $14::uuid, $15, $16::bigint, $17)`,
          [body.id, body.source, body.type, body.subject, body.entityType, body.entityId, body.time, data, body.actorType, body.actorId, null, insurer.id, null, null, bodyDigest(body), APPEND_LOCK_KEY, AUDIT_CHANNEL],
        );
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
    await pool.end();

    if (process.env.SPLIT_ONLY_COMMAND) {
      await measure('domain command receiveTipOff (Prisma)', (i) =>
        receiveTipOff({ actor: viewer, requestId: null }, { insurerId: insurer.id, channel: 'PHONE', summary: summary(i) }),
      );
      return;
    }
    if (process.env.SPLIT_ONLY_EMPTY) {
      await measure('prisma: empty interactive transaction', () => prisma.$transaction(async () => null));
      return;
    }
    if (process.env.SPLIT_PARTS && !process.env.SPLIT_ONLY_APOLLO) {
      await measure('prisma: empty interactive transaction', () => prisma.$transaction(async () => null));
      await measure('prisma: transaction + 1 $queryRaw', () => prisma.$transaction((tx) => tx.$queryRaw`SELECT 1`));
      await measure('prisma: transaction + findFirst insurer', () =>
        prisma.$transaction((tx) => tx.insurer.findFirst({ where: { AND: [{ id: insurer.id }, {}] } })),
      );
      await measure('prisma: transaction + tipOff.create', (i) =>
        prisma.$transaction((tx) =>
          tx.tipOff.create({ data: { number: `P-${randomUUID()}`, insurerId: insurer.id, channel: 'PHONE', summary: summary(i), receivedAt: new Date() } }),
        ),
      );
    }
    if (!process.env.SPLIT_ONLY_APOLLO)
      await measure('domain command receiveTipOff (Prisma)', (i) =>
        receiveTipOff({ actor: viewer, requestId: null }, { insurerId: insurer.id, channel: 'PHONE', summary: summary(i) }),
      );

    const apollo = createApollo({ schema: buildSchema(), config: loadConfig({ NODE_ENV: 'production', DATABASE_URL: server.url, RATE_LIMIT_PER_MINUTE: '0' }) });
    await apollo.start();
    const logger = createLogger('info', { write: () => undefined } as never);
    const query = 'mutation($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq } }';
    const insurerId = encodeGlobalID('Insurer', insurer.id);
    await measure('+ Apollo in-process (executeOperation)', async (i) => {
      const res = await apollo.executeOperation(
        { query, variables: { input: { insurerId, channel: 'PHONE', summary: summary(i) } } },
        { contextValue: createContext({ viewer, requestId: randomUUID(), logger }) },
      );
      if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
    });
    await apollo.stop();
    setDatabase(null);
    await prisma.$disconnect();
  } finally {
    server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
