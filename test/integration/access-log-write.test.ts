import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createInsurer, createProviderTree } from '../factories/records.js';
import { insurerViewer } from '../factories/viewers.js';
import { flushAccessLog } from '../../server/access-log/record.js';

/**
 * The read access log (server/access-log/record.ts) is written in one statement from array
 * parameters (performance fixes found by the benchmark): every agreement and penalty an
 * operation returned is in exactly one row (one per operation and entity type, the ids in an
 * array) with the reader, its role and the request id.
 * Rows are written shortly after the answer (batched); `flushAccessLog()` waits for them.
 */
let hub: TestHub;
let insurerId: string;

beforeAll(async () => {
  hub = await createTestHub();
  insurerId = (await createInsurer(hub.prisma)).id;
  await createProviderTree(hub.prisma, insurerId, { providers: 2, agreementsEach: 2, penaltiesEach: 3 });
});
afterAll(async () => {
  await hub?.close();
});

const READ = `query ReadTree {
  agreements(first: 10) { edges { node { id number penalties(first: 10) { edges { node { id number } } } } } }
}`;

describe('access log write', () => {
  it('records one row per entity type read, with every id, the reader and the request', async () => {
    const viewer = insurerViewer(insurerId);
    const result = await hub.exec<{
      agreements: { edges: { node: { id: string; penalties: { edges: { node: { id: string } }[] } } }[] };
    }>(READ, {}, viewer);
    expect(result.errors).toBeUndefined();
    const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1];
    const agreements = result.data!.agreements.edges.map((e) => rawId(e.node.id));
    const penalties = result.data!.agreements.edges.flatMap((e) => e.node.penalties.edges.map((p) => rawId(p.node.id)));
    expect(agreements).toHaveLength(4);
    expect(penalties).toHaveLength(12);

    await flushAccessLog();
    const rows = await hub.prisma.accessLogEntry.findMany({ where: { actorId: viewer.actorId } });
    // One row per operation and entity type (Agreement, Penalty), not one per entity.
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.requestId)).size).toBe(1);
    for (const row of rows) {
      expect(row).toMatchObject({ actorType: 'USER', role: 'INSURER_VIEWER', operationName: 'ReadTree' });
      expect(row.requestId).toMatch(/^test-\d+$/);
      expect(row.at).toBeInstanceOf(Date);
    }
    const logged = (type: string) => rows.filter((r) => r.entityType === type).flatMap((r) => r.entityIds).sort();
    expect(logged('Agreement')).toEqual([...agreements].sort());
    expect(logged('Penalty')).toEqual([...penalties].sort());
    // "Who read this penalty?" finds the row by one of its ids (the GIN-indexed array).
    const byId = await hub.prisma.accessLogEntry.findMany({ where: { entityIds: { has: penalties[5]! } } });
    expect(byId.map((r) => r.actorId)).toEqual([viewer.actorId]);
  });

  it('writes nothing for an operation that read no logged entity', async () => {
    const viewer = insurerViewer(insurerId);
    const before = await hub.prisma.accessLogEntry.count();
    const result = await hub.exec(`query { insurers(first: 1) { totalCount } }`, {}, viewer);
    expect(result.errors).toBeUndefined();
    await flushAccessLog();
    expect(await hub.prisma.accessLogEntry.count()).toBe(before);
  });
});
