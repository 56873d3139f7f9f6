import { describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { useQueryWorld } from '../support/query-world.js';
import type { QueryWorld } from '../factories/world.js';
import { insurerAdmin, partnerViewer, providerStaff } from '../factories/viewers.js';

/**
 * `after` / `before` take back only cursors the hub handed out (schema/cursor.ts). Crafted
 * ones (`GPC:S:nope`, a number, a claim key with a date string, a claim key given to another
 * list) reached the database and answered INTERNAL_SERVER_ERROR; now BAD_USER_INPUT naming the
 * argument in zh and en. A well-formed cursor of another tenant's row tells nothing: the same
 * empty page as the cursor of a row that does not exist (row security hides the row it names).
 */
let hub: TestHub;
let w: QueryWorld;
useQueryWorld((opened) => ({ hub, w } = opened));

const b64 = (text: string) => Buffer.from(text).toString('base64');
const idCursor = (id: string) => b64(`GPC:S:${id}`);
const NO_ROW = '01a25131-0000-7000-8000-000000000000';

const AGREEMENTS_AFTER = 'query ($after: String) { agreements(first: 5, after: $after) { totalCount edges { node { number } } } }';
const AGREEMENTS_BEFORE = 'query ($before: String) { agreements(last: 5, before: $before) { edges { node { number } } } }';
const CLAIMS_AFTER = 'query ($after: String) { claims(first: 5, after: $after) { edges { node { id } } } }';
const PROVIDER_AGREEMENTS = 'query ($id: ID!, $after: String) { provider(id: $id) { agreements(first: 5, after: $after) { edges { node { number } } } } }';

const CRAFTED: [string, string][] = [
  ['a string that is not a UUID', b64('GPC:S:nope')],
  ['a number', b64('GPC:N:5')],
  ['a JSON object', b64('GPC:J:{"a":1}')],
  ['a date', b64('GPC:D:1767225600000')],
  ['a UUID with a tail', b64(`GPC:S:${NO_ROW}x`)],
  ['a claim key with a date string', b64(`GPC:J:["${NO_ROW}","2026-01-01"]`)],
  ['a claim key given to another list', b64(`GPC:T:["S:${NO_ROW}","D:1767225600000"]`)],
  ['an access-log key given to another list', b64('GPC:I:5')],
  ['an audit sequence number given to another list', '5'],
  ['not base64', '%%%'],
];

describe('crafted cursors are refused as input, never a server error', () => {
  it.each(CRAFTED)('agreements(after: %s) answers BAD_USER_INPUT on `after`', async (_what, cursor) => {
    const result = await hub.exec(AGREEMENTS_AFTER, { after: cursor }, insurerAdmin(w.insA.id));
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    const ext = result.errors![0]!.extensions!;
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect(ext.fields).toEqual([expect.objectContaining({ path: ['after'], messageZh: expect.stringMatching(/游标/) })]);
  });

  it.each(CRAFTED.slice(0, 3))('agreements(before: %s) and a nested list answer BAD_USER_INPUT too', async (_what, cursor) => {
    const before = await hub.exec(AGREEMENTS_BEFORE, { before: cursor }, partnerViewer(w.partnerP.id));
    expect(before.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  // A nested list's rows load in its parent's query, so its cursor is checked before the root
  // field runs; another list's kind of cursor (a claim key, an access-log key) failed that query.
  it.each(CRAFTED)('a nested list, directly or through fragments, refuses %s on its own `after`', async (_what, cursor) => {
    const id = Buffer.from(`Provider:${w.pA1.id}`).toString('base64');
    const direct = await hub.exec(PROVIDER_AGREEMENTS, { id, after: cursor }, insurerAdmin(w.insA.id));
    expect(direct.errors).toHaveLength(1);
    expect(direct.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(direct.errors![0]!.extensions!.fields).toEqual([expect.objectContaining({ path: ['provider', 'agreements', 'after'] })]);
    const fragments = await hub.exec(
      `query ($id: ID!, $after: String) { node(id: $id) { ... on Provider { ...P } } }
       fragment P on Provider { list: agreements(first: 5, after: $after) { edges { node { number } } } }`,
      { id, after: cursor },
      insurerAdmin(w.insA.id),
    );
    expect(fragments.errors![0]!.extensions!.fields).toEqual([expect.objectContaining({ path: ['node', 'list', 'after'] })]);
  });

  it.each([
    ['an id cursor', idCursor(NO_ROW)],
    ['a claim key with a date string', b64(`GPC:J:["${NO_ROW}","2026-01-01"]`)],
  ])('claims(after: %s) answers BAD_USER_INPUT', async (_what, cursor) => {
    const result = await hub.exec(CLAIMS_AFTER, { after: cursor }, insurerAdmin(w.insA.id));
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it("a cursor of another insurer's agreement pages exactly as a cursor of no row at all", async () => {
    for (const viewer of [insurerAdmin(w.insA.id), partnerViewer(w.partnerP.id), providerStaff(w.pA1.id)]) {
      const other = await hub.exec(AGREEMENTS_AFTER, { after: idCursor(w.aB1.id) }, viewer);
      const none = await hub.exec(AGREEMENTS_AFTER, { after: idCursor(NO_ROW) }, viewer);
      expect(other.errors).toBeUndefined();
      expect(other).toEqual(none);
      expect((other.data as { agreements: { edges: unknown[] } }).agreements.edges).toEqual([]);
    }
  });

  it('a cursor the list handed out still pages', async () => {
    const first = await hub.exec('{ agreements(first: 1) { pageInfo { endCursor } } }', {}, insurerAdmin(w.insA.id));
    const cursor = (first.data as { agreements: { pageInfo: { endCursor: string } } }).agreements.pageInfo.endCursor;
    const next = await hub.exec(AGREEMENTS_AFTER, { after: cursor }, insurerAdmin(w.insA.id));
    expect(next.errors).toBeUndefined();
    expect((next.data as { agreements: { edges: unknown[] } }).agreements.edges.length).toBeGreaterThan(0);
  });
});
