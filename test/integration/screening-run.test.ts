import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerViewer } from '../factories/viewers.js';
import { createInsurer } from '../factories/records.js';
import { createLogger } from '../../server/logger.js';
import { startJobQueue, type JobQueue } from '../../server/jobs/queue.js';
import { workScreeningChunks } from '../../server/jobs/monitoring-jobs.js';
import { prepareSimInsurer, seedSimClaims } from '../../server/domain/monitoring/simulation/seed-simulation.js';
import type { SimTruth } from '../../server/domain/monitoring/simulation/generate-claims.js';
import { ok, refused } from './mutation-helpers.js';

let hub: TestHub;
let queue: JobQueue;
let insurerId: string;
let truth: SimTruth[];

beforeAll(async () => {
  hub = await createTestHub();
  const sim = await prepareSimInsurer(hub.prisma, 'SIMT', 4);
  insurerId = sim.insurer.id;
  const seeded = await seedSimClaims(hub.prisma, insurerId, {
    claims: 400,
    violationRate: 0.3,
    seed: 7,
    providerCodes: sim.providerCodes,
    physicianCode: sim.physicianCode,
    prefix: 'T',
  });
  expect(seeded.report.errors).toEqual([]);
  truth = seeded.truth;
  queue = await startJobQueue(hub.db.jobTarget, createLogger('silent'));
}, 300_000);
afterAll(async () => {
  await queue?.stop();
  await hub.close();
});

const START = `mutation ($input: StartScreeningRunInput!) { startScreeningRun(input: $input) { auditSeq screeningRun { id status chunksTotal } } }`;
const CANCEL = `mutation ($input: ScreeningRunIdInput!) { cancelScreeningRun(input: $input) { screeningRun { id status } } }`;
const RESUME = `mutation ($input: ScreeningRunIdInput!) { resumeScreeningRun(input: $input) { screeningRun { id status } } }`;
const RUN = `query ($id: ID!) { node(id: $id) { ... on ScreeningRun { status chunksDone chunksTotal claimsScreened hitsFound progress } } }`;

type Run = { status: string; chunksDone: number; chunksTotal: number; claimsScreened: number; hitsFound: number; progress: number };
const admin = () => insurerAdmin(insurerId);

async function start(): Promise<string> {
  const r = ok(await hub.exec<{ startScreeningRun: { screeningRun: { id: string; status: string; chunksTotal: number } } }>(START, { input: { fromMonth: '2026-03', toMonth: '2026-03' } }, admin()));
  expect(r.startScreeningRun.screeningRun.chunksTotal).toBe(4);
  return r.startScreeningRun.screeningRun.id;
}

async function finished(id: string): Promise<Run> {
  for (;;) {
    const run = ok(await hub.exec<{ node: Run }>(RUN, { id }, admin())).node;
    if (run.status === 'COMPLETED' || run.status === 'FAILED') return run;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('screening runs (after settlement) on the job queue', () => {
  it('is refused to viewers; another insurer cannot cancel a run', async () => {
    refused(await hub.exec(START, { input: { fromMonth: '2026-03', toMonth: '2026-03' } }, insurerViewer(insurerId)), 'FORBIDDEN');
    const id = await start();
    const other = await createInsurer(hub.prisma);
    refused(await hub.exec(CANCEL, { input: { id } }, insurerAdmin(other.id)), 'NOT_FOUND');
    // Cancelled before any process took a chunk: nothing is screened, and it can be resumed.
    expect(ok(await hub.exec<{ cancelScreeningRun: { screeningRun: { status: string } } }>(CANCEL, { input: { id } }, admin())).cancelScreeningRun.screeningRun.status).toBe('CANCELLED');
    await workScreeningChunks(queue.boss, createLogger('silent'));
    expect(ok(await hub.exec<{ resumeScreeningRun: { screeningRun: { status: string } } }>(RESUME, { input: { id } }, admin())).resumeScreeningRun.screeningRun.status).toBe('RUNNING');
    const run = await finished(id);
    expect(run).toMatchObject({ status: 'COMPLETED', chunksDone: 4, progress: 1 });
    const rawRunId = Buffer.from(id, 'base64').toString('utf8').replace(/^ScreeningRun:/, '');
    const events = await hub.prisma.auditEvent.findMany({ where: { entityId: rawRunId }, orderBy: { seq: 'asc' }, select: { type: true } });
    expect(events.map((e) => e.type)).toEqual([
      'screeningRun.started', 'screeningRun.cancelled', 'screeningRun.resumed',
      'screeningRun.progressed', 'screeningRun.progressed', 'screeningRun.progressed', 'screeningRun.completed',
    ]);
  });

  it('finds every injected violation and nothing else (precision and recall 1)', async () => {
    const hits = await hub.prisma.ruleHit.findMany({ where: { stage: 'AFTER', rule: { insurerId } }, select: { claimRef: true, rule: { select: { ruleKey: true } } } });
    const found = new Set(hits.map((h) => `${h.claimRef}|${h.rule.ruleKey}`));
    const expected = new Set(truth.map((t) => `${t.settlementId}|${t.ruleKey}`));
    const truePositives = [...found].filter((f) => expected.has(f)).length;
    expect(expected.size).toBeGreaterThan(50);
    expect(new Set(truth.map((t) => t.ruleKey)).size).toBe(17);
    expect({ missed: [...expected].filter((e) => !found.has(e)), extra: [...found].filter((f) => !expected.has(f)) }).toEqual({ missed: [], extra: [] });
    expect(truePositives / found.size).toBe(1);
    expect(truePositives / expected.size).toBe(1);
  });

  it('re-running the screening adds no duplicate hit', async () => {
    const before = await hub.prisma.ruleHit.count({ where: { stage: 'AFTER' } });
    const run = await finished(await start());
    expect(run).toMatchObject({ status: 'COMPLETED', claimsScreened: 400, hitsFound: 0 });
    expect(await hub.prisma.ruleHit.count({ where: { stage: 'AFTER' } })).toBe(before);
  });
});
