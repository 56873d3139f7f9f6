import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { startApp, type App } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';
import { applyMigrations } from '../../server/db/migration-engine.js';
import { createPostgresAdapterFactory } from '../../server/db/postgres.js';
import { createPrismaClient } from '../../server/db/prisma-client.js';
import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import { startTestPostgres, type PostgresServer } from '../support/postgres.js';
import { createInsurer } from '../factories/records.js';
import { collect, createKey, storedSeqs, testConfig, wsClient } from './support.js';

/**
 * PostgreSQL restarts under a running hub (its own server here, so the restart touches no
 * other suite). While it is down the hub answers a retryable 503 SERVICE_UNAVAILABLE, never
 * INTERNAL_SERVER_ERROR; once it is back the hub LISTENs again by itself and an open
 * subscription keeps receiving every event exactly once, without restarting the hub.
 */
let server: PostgresServer;
let prisma: PrismaClient;
let app: App;
let key: string;
let insurerId: string;

const RECEIVE = `mutation($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq tipOff { number } } }`;

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`http://127.0.0.1:${app.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

const receive = (summary: string) =>
  post(RECEIVE, { input: { insurerId: encodeGlobalID('Insurer', insurerId), channel: 'PHONE', summary } });

/** Hub sessions that LISTEN on the audit channel, as PostgreSQL sees them. */
async function listenSessions(): Promise<number> {
  const client = new pg.Client({ connectionString: server.superuserUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = 'LISTEN "audit_events"'`,
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  server = await startTestPostgres();
  await applyMigrations({ target: { url: server.url } });
  prisma = createPrismaClient(createPostgresAdapterFactory(server.url, { poolSize: 2 }));
  insurerId = (await createInsurer(prisma)).id;
  key = (await createKey(prisma, 'PLATFORM_ADMIN')).key;
  // The stream's safety-net poll is put out of reach (an hour), so an event reaches the open
  // subscription after the restart only if live delivery (LISTEN/NOTIFY) is back.
  app = await startApp(testConfig(server.url, { AUDIT_POLL_MS: '3600000' }), createLogger('silent'));
});

afterAll(async () => {
  await app?.stop();
  await prisma?.$disconnect();
  server?.stop();
});

describe('a PostgreSQL restart under a running hub', () => {
  it('answers 503 SERVICE_UNAVAILABLE while down, then LISTENs again and the open subscription resumes with every event once', async () => {
    const client = wsClient(app.port, key);
    const stream = collect(client, { after: '0' });
    const first = await receive('举报内容：重复收费，第一次');
    expect(first.status).toBe(200);
    await stream.until(BigInt((first.body.data!.receiveTipOff as { auditSeq: string }).auditSeq));
    expect(await listenSessions()).toBe(1);

    server.halt();
    const during = await receive('举报内容：数据库停机期间');
    expect(during.status).toBe(503);
    expect(during.retryAfter).toBe('2');
    expect(during.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(during.body.errors?.[0]?.extensions?.messageZh).toContain('服务暂时不可用');
    const read = await post('{ tipOffs(first: 5) { totalCount } }');
    expect(read.status).toBe(503);
    expect(read.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    // A new socket cannot have its credential checked: closed with 1013 "try again later",
    // naming the same code (not 4403 Forbidden: the key is fine).
    const other = wsClient(app.port, key);
    const refused = collect(other, { after: '0' });
    await refused.done;
    expect(
      refused.errors.map((e) => ({ code: (e as CloseEvent).code, reason: (e as CloseEvent).reason })),
    ).toEqual([{ code: 1013, reason: 'SERVICE_UNAVAILABLE' }]);
    await other.dispose();
    // A new subscription on a socket opened before the outage gets a retryable error.
    const extra = collect(client, { after: '0' });
    await extra.done;
    expect(JSON.stringify(extra.errors)).toContain('SERVICE_UNAVAILABLE');

    server.resume();
    await waitFor(async () => (await listenSessions()) === 1, 'the hub to LISTEN again');
    // Events committed once LISTEN is back reach the open subscription by NOTIFY alone (no
    // poll, see beforeAll); the second is written after the first arrived, when the re-read
    // that follows a reconnect is long over.
    for (const summary of ['举报内容：数据库恢复之后', '举报内容：恢复后第二件']) {
      const after = await receive(summary);
      expect(after.status).toBe(200);
      await stream.until(BigInt((after.body.data!.receiveTipOff as { auditSeq: string }).auditSeq));
    }
    await stream.stop();
    await client.dispose();

    expect(stream.errors).toEqual([]);
    // Every stored event exactly once, in order: the one before the restart and the two after.
    expect(stream.seqs).toEqual(await storedSeqs(prisma));
    expect(stream.seqs).toHaveLength(3);
  });
});
