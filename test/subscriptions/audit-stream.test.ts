import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';
import { appendOne } from '../support/audit.js';
import { collect, createFileDatabase, createKey, createTwoTenants, graphql, storedSeqs, testConfig, wsClient, type FileDatabase } from './support.js';

/**
 * Issue 4's first proof: a subscriber that starts at cursor 0 while many writers commit in
 * parallel over several connections (direct appends and real mutations over HTTP) receives
 * every event exactly once, in seq order, across the replay→live switch; a tenant-bound
 * subscriber receives exactly its tenant's events; and the chain verifies afterwards.
 */
let db: FileDatabase;
let app: App;
let insurerA: string;
let insurerB: string;
let adminKey: string;
let integratorKey: string;

beforeAll(async () => {
  db = await createFileDatabase();
  ({ insurerA, insurerB, adminKey, integratorKey } = await createTwoTenants(db.prisma));
  app = await startApp(testConfig(db.url), createLogger('silent'));
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
});

const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { auditSeq } }`;

describe('auditEvents subscription under concurrent writers', () => {
  it('delivers every event exactly once in seq order from cursor 0, then verifyAuditChain passes', async () => {
    // History to replay, so the subscriber is mid-replay while the writers run.
    for (let i = 0; i < 300; i += 1) await appendOne(db.prisma, { insurerId: i % 3 === 0 ? insurerB : insurerA, data: { i } });

    const adminClient = wsClient(app.port, adminKey);
    const tenantClient = wsClient(app.port, integratorKey);
    const all = collect(adminClient, { after: '0' });
    const mine = collect(tenantClient, { after: '0' });

    // Writers: 4 Prisma clients (own pools, 4 connections each) appending in parallel, plus
    // integrators of insurer A running a real mutation over HTTP in parallel.
    const writers = Array.from({ length: 4 }, () => db.newClient(4));
    const integrators = await Promise.all(Array.from({ length: 4 }, () => createKey(db.prisma, 'INTEGRATOR', { insurerId: insurerA })));
    const appends = writers.flatMap((client, w) =>
      Array.from({ length: 4 }, async (_, lane) => {
        for (let i = 0; i < 40; i += 1) {
          await appendOne(client, { insurerId: (w + lane + i) % 2 === 0 ? insurerA : insurerB, data: { w, lane, i } });
        }
      }),
    );
    const mutations = integrators.map(async ({ key }) => {
      for (let i = 0; i < 10; i += 1) {
        await graphql(app.port, key, REGISTER, { input: { url: `https://receiver.invalid/${i}`, eventTypes: ['none.such'] } });
      }
    });
    await Promise.all([...appends, ...mutations]);

    const expected = await storedSeqs(db.prisma);
    expect(expected).toHaveLength(300 + 4 * 4 * 40 + 4 * 10);
    const head = expected[expected.length - 1]!;
    await all.until(head);
    await mine.until(head);
    await all.stop();
    await mine.stop();

    expect(all.errors).toEqual([]);
    expect(all.seqs).toEqual(expected); // exactly once, in order, nothing missing
    const expectedMine = await storedSeqs(db.prisma, { insurerId: insurerA });
    expect(mine.seqs).toEqual(expectedMine);
    expect(mine.heartbeats).toBeGreaterThan(0);

    type Report = { verifyAuditChain: { ok: boolean; checkedCount: number } };
    const report = await graphql<Report>(app.port, adminKey, `{ verifyAuditChain { ok checkedCount } }`);
    expect(report.verifyAuditChain).toEqual({ ok: true, checkedCount: expected.length });
    // The whole chain's size is the platform's: a tenant learns the verdict over its own events.
    const scoped = await graphql<Report>(app.port, integratorKey, `{ verifyAuditChain { ok checkedCount } }`);
    expect(scoped.verifyAuditChain).toEqual({ ok: true, checkedCount: expectedMine.length });
    await adminClient.dispose();
    await tenantClient.dispose();
  });

  it('filters by type and subject, and starts live-only without a cursor', async () => {
    const client = wsClient(app.port, adminKey);
    const live = collect(client, {});
    const typed = collect(client, { after: '0', types: ['penalty.issued'] });
    const bySubject = collect(client, { after: '0', subject: 'Penalty/11111111-1111-4111-8111-111111111111' });
    await live.until(1n); // the first heartbeat: caught up
    const a = await appendOne(db.prisma, { type: 'penalty.issued', entityType: 'Penalty', entityId: '11111111-1111-4111-8111-111111111111' });
    const b = await appendOne(db.prisma, { type: 'penalty.issued', entityType: 'Penalty', entityId: '22222222-2222-4222-8222-222222222222' });
    const c = await appendOne(db.prisma, { type: 'agreement.signed' });
    await Promise.all([live.until(c.seq), typed.until(c.seq), bySubject.until(c.seq)]);
    await Promise.all([live.stop(), typed.stop(), bySubject.stop()]);
    expect(live.seqs).toEqual([a.seq, b.seq, c.seq]);
    expect(typed.seqs).toEqual([a.seq, b.seq]);
    expect(bySubject.seqs).toEqual([a.seq]);
    await client.dispose();
  });

  it('replays shared blocks to subscribers of different tenants and cursors, each exactly its own events', async () => {
    // More than two 500-seq blocks of history, two tenants interleaved: the replay reads whole
    // blocks once for all and each subscriber keeps only what its audience allows.
    const start = (await storedSeqs(db.prisma)).at(-1) ?? 0n;
    for (let i = 0; i < 1_200; i += 1) await appendOne(db.prisma, { insurerId: i % 5 < 3 ? insurerA : insurerB, data: { i } });
    const expected = (await storedSeqs(db.prisma)).filter((seq) => seq > start);
    const head = expected.at(-1)!;
    const midway = expected[700]!;
    const mineAll = (await storedSeqs(db.prisma, { insurerId: insurerA })).filter((seq) => seq > start);

    const adminClient = wsClient(app.port, adminKey);
    const tenantClient = wsClient(app.port, integratorKey);
    const all = collect(adminClient, { after: start.toString() });
    const mine = collect(tenantClient, { after: start.toString() });
    const mineLater = collect(tenantClient, { after: midway.toString() });
    await Promise.all([all.until(head), mine.until(head), mineLater.until(head)]);
    await Promise.all([all.stop(), mine.stop(), mineLater.stop()]);

    expect(all.seqs).toEqual(expected);
    expect(mine.seqs).toEqual(mineAll);
    expect(mineLater.seqs).toEqual(mineAll.filter((seq) => seq > midway));
    await adminClient.dispose();
    await tenantClient.dispose();
  });

  it('refuses a socket without a valid key', async () => {
    const client = wsClient(app.port, 'ahk_aaaaaaaa_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB');
    const stream = collect(client, { after: '0' });
    await stream.done;
    expect(stream.seqs).toEqual([]);
    expect(stream.errors.length).toBeGreaterThan(0);
    await client.dispose();
  });
});
