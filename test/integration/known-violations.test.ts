import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin } from '../factories/viewers.js';
import { createLogger } from '../../server/logger.js';
import { startJobQueue, type JobQueue } from '../../server/jobs/queue.js';
import { workScreeningChunks } from '../../server/jobs/monitoring-jobs.js';
import { importClaims } from '../../server/domain/monitoring/import-claims.js';
import { readClaimFile } from '../../server/domain/monitoring/claim-file.js';
import type { ClaimIn, MonitoringWorld } from './rules/world.js';
import { KNOWN_VIOLATIONS, type KnownViolation } from './known-violations-cases.js';
import { ok } from './mutation-helpers.js';
import { ruleDefinition } from '../../server/domain/monitoring/rules/index.js';

/**
 * Claims with known violations, each beside a clean twin, go in as one NDJSON file through the
 * claims import (the file reader and `importClaims`, as `POST /claims/import` and
 * `npm run claims:import` do), are screened after settlement by a screening run on the job
 * queue (`startScreeningRun`), and are read back through `ruleHits`: the violating claim carries
 * exactly the expected rule, with the amount at issue in fen and its explanation in Chinese and
 * English; the clean twin carries no hit at all.
 */
let hub: TestHub;
let queue: JobQueue;
let w: MonitoringWorld;
const built: { c: KnownViolation; history: ClaimIn[]; bad: ClaimIn; clean: ClaimIn[] }[] = [];

interface Hit {
  claimRef: string;
  amountFen: string | number;
  explanationZh: string | null;
  explanationEn: string | null;
  rule: { ruleKey: string; code: string };
}
const hitsByClaim = new Map<string, Hit[]>();

const START = `mutation ($input: StartScreeningRunInput!) { startScreeningRun(input: $input) { screeningRun { id } } }`;
const RUN = `query ($id: ID!) { node(id: $id) { ... on ScreeningRun { status } } }`;
const HITS = `query ($after: String) { ruleHits(first: 100, after: $after, filter: { stage: [AFTER] }) {
  pageInfo { hasNextPage endCursor }
  edges { node { claimRef amountFen explanationZh explanationEn rule { ruleKey code } } } } }`;

beforeAll(async () => {
  ({ hub, world: w } = await createMonitoringHub());
  for (const c of KNOWN_VIOLATIONS) built.push({ c, ...(await c.build(w)) });
  const claims = built.flatMap((b) => [...b.history, b.bad, ...b.clean]);
  const file = claims.map((claim) => JSON.stringify(claim)).join('\n') + '\n';
  const admin = { actor: insurerAdmin(w.insurer.id), requestId: null };
  const report = await importClaims(admin, w.insurer.id, readClaimFile(Readable.from([file]), 'ndjson'));
  expect(report.errors).toEqual([]);
  expect(report.inserted).toBe(claims.length);

  queue = await startJobQueue(hub.db.jobTarget, createLogger('silent'));
  await workScreeningChunks(queue.boss, createLogger('silent'));
  const started = ok(await hub.exec<{ startScreeningRun: { screeningRun: { id: string } } }>(START, { input: { fromMonth: '2026-03', toMonth: '2026-03' } }, insurerAdmin(w.insurer.id)));
  const id = started.startScreeningRun.screeningRun.id;
  for (;;) {
    const run = ok(await hub.exec<{ node: { status: string } }>(RUN, { id }, insurerAdmin(w.insurer.id))).node;
    if (run.status === 'COMPLETED') break;
    if (run.status === 'FAILED' || run.status === 'CANCELLED') throw new Error(`screening run ${run.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  let after: string | null = null;
  do {
    const page: { ruleHits: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Hit }[] } } = ok(
      await hub.exec(HITS, { after }, insurerAdmin(w.insurer.id)),
    );
    for (const { node } of page.ruleHits.edges) hitsByClaim.set(node.claimRef, [...(hitsByClaim.get(node.claimRef) ?? []), node]);
    after = page.ruleHits.pageInfo.hasNextPage ? page.ruleHits.pageInfo.endCursor : null;
  } while (after);
}, 120_000);

afterAll(async () => {
  await queue?.stop();
  await hub?.close();
});

const CHECK = `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ruleKey ruleCode amountFen explanationZh explanationEn } } }`;
type Reminder = { ruleKey: string; ruleCode: string; amountFen: string | number; explanationZh: string; explanationEn: string };
// The API's Fen input is a JSON number; the file carries fen as strings.
const asInput = (c: ClaimIn) => ({
  ...c,
  ...Object.fromEntries((['totalFen', 'fundFen', 'accountFen', 'selfFen'] as const).map((k) => [k, Number(c[k])])),
  lines: c.lines.map((l) => ({ ...l, unitPriceFen: Number(l.unitPriceFen), amountFen: Number(l.amountFen) })),
});
const check = async (claim: ClaimIn) =>
  ok(await hub.exec<{ checkClaim: { reminders: Reminder[] } }>(CHECK, { input: asInput(claim) }, insurerAdmin(w.insurer.id))).checkClaim.reminders;

describe.each(KNOWN_VIOLATIONS.map((c, i) => [c.name, i] as const))('known violation: %s', (_name, i) => {
  it('the violating claim has exactly the expected hit: rule, amount in fen, explanation in zh and en', () => {
    const { c, bad, history } = built[i]!;
    const hits = hitsByClaim.get(bad.settlementId) ?? [];
    expect(hits.map((h) => h.rule.ruleKey)).toEqual([c.rule]);
    // Fen is a number in the API while it is exact in a double, a string beyond.
    expect({ ...hits[0], amountFen: String(hits[0]!.amountFen) }).toEqual({
      claimRef: bad.settlementId,
      amountFen: c.amountFen(bad),
      explanationZh: c.zh(bad, history),
      explanationEn: c.en(bad, history),
      rule: { ruleKey: c.rule, code: `${w.insurer.code}-${c.rule}` },
    });
  });

  it('its clean twin has no hit', () => {
    const { clean } = built[i]!;
    for (const claim of clean) expect({ claim: claim.settlementId, hits: hitsByClaim.get(claim.settlementId) ?? [] }).toEqual({ claim: claim.settlementId, hits: [] });
  });

  it('before settlement (checkClaim) the same rule reminds with the same amount and explanation; the twin gets no reminder', async () => {
    const { c, bad, clean, history } = built[i]!;
    if (!ruleDefinition(c.rule)!.moments.includes('BEFORE')) return;
    const reminders = await check(bad);
    expect(reminders.map((r) => ({ ...r, amountFen: String(r.amountFen) }))).toEqual([
      { ruleKey: c.rule, ruleCode: `${w.insurer.code}-${c.rule}`, amountFen: c.amountFen(bad), explanationZh: c.zh(bad, history), explanationEn: c.en(bad, history) },
    ]);
    for (const claim of clean) expect({ claim: claim.settlementId, reminders: await check(claim) }).toEqual({ claim: claim.settlementId, reminders: [] });
  });
});
