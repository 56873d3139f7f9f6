import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type FormattedExecutionResult,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { buildSchema } from '../../schema/index.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createTenantWorld, type TenantWorld } from '../factories/tenant-world.js';
import { insurerAdmin, platformAdmin } from '../factories/viewers.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { startJobQueue, type JobQueue } from '../../server/jobs/queue.js';
import { createLogger } from '../../server/logger.js';
import { walker } from './schema-walk.js';
import { deepObject, hashOf, leavesOf, literalOf, literalOperation, operationFor, poolFor, seeded, withValue, type IdBook } from './fuzz-values.js';

/**
 * Malformed input generated from the built schema, sampled per argument leaf by type (see
 * fuzz-values.ts: wrong JSON kinds, null for non-null, blank and huge text, NUL and lone
 * surrogates, emoji and right-to-left text, integers at ±2^31 and ±2^53, 1e308, fen written
 * as "1.5"/"-0"/" 12 ", impossible and zoned dates, zone-less instants, ids of the wrong type,
 * of another tenant, of junk, version-0 UUIDs, lower-case enums, lists of 10,000 duplicates,
 * unknown fields and deeply nested objects), as variables or (half the cases) as literals in
 * the document, sent by a platform admin and by an insurer's
 * admin (so validation, not authorisation, is what answers). Every answer must carry a stable
 * code other than INTERNAL_SERVER_ERROR with zh and en text, and a refused mutation must leave
 * the audit log and every table as they were. malformed-input-walk.test.ts walks every leaf
 * with a few classic values; this samples the wider pools: FUZZ_SAMPLES=all (or a number per
 * leaf) and FUZZ_SEED widen or vary a run locally.
 */
let hub: TestHub;
let queue: JobQueue;
let w: TenantWorld;
const schema = buildSchema();
const walk = walker(schema, () => hub.prisma);
const owned = new Map<string, string>();
const foreign = new Map<string, string>();
const ids: IdBook = {
  own: (type) => owned.get(type),
  foreign: (type) => foreign.get(type),
  types: () => [...owned.keys()],
};
const SAMPLES = process.env.FUZZ_SAMPLES === 'all' ? Infinity : Number(process.env.FUZZ_SAMPLES ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
/** FUZZ_ONLY=<regex> narrows a local run to the cases whose label matches (`field(path = value)`). */
const ONLY = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null;
/** FUZZ_LITERALS=1 sends every value that has a literal form as a literal. */
const LITERALS = process.env.FUZZ_LITERALS === '1';
let viewers: [string, Viewer][];
let checksumSql = '';

beforeAll(async () => {
  hub = await createTestHub();
  // Commands that queue work (resuming a screening run) need the queue the hub starts.
  queue = await startJobQueue(hub.db.jobTarget, createLogger('silent'));
  w = await createTenantWorld(hub.prisma);
  const clerk = { ...insurerAdmin(w.insA.id), actorId: w.users.adminA };
  viewers = [
    ['platform admin', platformAdmin()],
    ['insurer A admin', clerk],
  ];
  const nodes = schema.getImplementations(schema.getType('Node') as never).objects.map((t) => t.name);
  for (const type of nodes) {
    if (!walk.policyOf(type)) continue;
    const [own] = await walk.visibleIds(type, clerk).catch(() => []);
    const [other] = await walk.hiddenIds(type, clerk, 1).catch(() => []);
    if (own) owned.set(type, own);
    if (other) foreign.set(type, other);
  }
  // One statement summing a hash of every row of every table: a refused mutation must leave it equal.
  const tables = await hub.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname NOT IN ('_prisma_migrations', 'AccessLogEntry') ORDER BY 1`,
  );
  checksumSql = tables
    .map(({ name }) => `SELECT '${name}' AS t, count(*)::text AS n, coalesce(sum(hashtext(x::text)), 0)::text AS h FROM "${name}" x`)
    .join(' UNION ALL ');
}, 180_000);
afterAll(async () => {
  await queue?.stop();
  await hub?.close();
});

async function checksum(): Promise<Map<string, string>> {
  const rows = await hub.prisma.$queryRawUnsafe<{ t: string; n: string; h: string }[]>(checksumSql);
  return new Map(rows.map((r) => [r.t, `${r.n}/${r.h}`]));
}

/** The Node type an id-taking argument or field names, from its name and the root field's. */
function idTypeFor(name: string, fieldName: string): string | undefined {
  const types = ids.types().sort((a, b) => b.length - a.length);
  const stem = name.replace(/Ids?$/, '').toLowerCase();
  if (stem && stem !== 'id') {
    // primaryProviderId names a Provider: the longest type its stem ends with.
    const hit = types.find((t) => t.toLowerCase() === stem) ?? types.find((t) => t.toLowerCase().endsWith(stem)) ?? types.find((t) => stem.endsWith(t.toLowerCase()));
    if (hit) return hit;
  }
  // decideApplication's id is a DesignationApplication: the field's last word ends a type's name.
  const last = /[A-Z][a-z]+$/.exec(fieldName)?.[0];
  return types.find((t) => fieldName.toLowerCase().includes(t.toLowerCase())) ?? (last ? types.find((t) => t.endsWith(last)) : undefined);
}

function plausible(type: GraphQLInputType, name: string, fieldName: string, depth = 0): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, name, fieldName, depth);
  if (isListType(type)) return [plausible(type.ofType, name, fieldName, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = plausible(f.type, f.name, fieldName, depth + 1);
    }
    return out;
  }
  switch (isScalarType(type) ? type.name : '') {
    case 'ID': {
      const t = idTypeFor(name, fieldName);
      return (t && owned.get(t)) ?? owned.get('Agreement');
    }
    case 'Int':
      return /year/i.test(name) ? 2026 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Date':
      return '2026-01-15';
    case 'DateTime':
      return '2026-01-15T08:00:00.000Z';
    case 'Fen':
      return 100;
    case 'Decimal':
      return '1';
    case 'JSON':
      return {};
    default:
      return /month|period/i.test(name) ? '2026-01' : /year/i.test(name) ? '2026' : '测试 test';
  }
}

interface Case {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  what: string;
  variables: Record<string, unknown>;
  viewer: [string, Viewer];
  /** Sent as literals in the document (parseLiteral) rather than as variables (parseValue). */
  literal: boolean;
}

/** The sampled cases of one root field: malformed leaves, then malformed argument shapes. */
function casesOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Case[] {
  const base: Record<string, unknown> = {};
  for (const a of field.args) if (isNonNullType(a.type)) base[a.name] = plausible(a.type, a.name, field.name);
  const out: Case[] = [];
  const add = (what: string, arg: string, value: unknown) => {
    if (ONLY && !ONLY.test(`${field.name}(${what})`)) return;
    const h = hashOf(`${SEED}:${field.name}:${what}`);
    const literal = (LITERALS || (h >>> 4) % 2 === 1) && literalOf(value, field.args.find((a) => a.name === arg)!.type) !== null;
    out.push({ kind, field, what: `${what}${literal ? ' (literal)' : ''}`, variables: { ...base, [arg]: value }, viewer: viewers[h % viewers.length]!, literal });
  };
  const sample = <T>(pool: T[], key: string): T[] => {
    if (pool.length <= SAMPLES) return pool;
    const random = seeded(hashOf(`${SEED}:${key}`));
    const chosen = new Set<number>();
    while (chosen.size < SAMPLES) chosen.add(Math.floor(random() * pool.length));
    return [...chosen].map((i) => pool[i]!);
  };
  for (const arg of field.args) {
    const argBase = base[arg.name] ?? plausible(arg.type, arg.name, field.name);
    for (const leaf of leavesOf(arg.type, arg.name)) {
      const pool = poolFor(leaf, (t) => plausible(t, leaf.name, field.name), (n) => idTypeFor(n, field.name), ids);
      const where = [arg.name, ...leaf.path].join('.');
      for (const value of sample(pool, `${field.name}:${where}`)) add(`${where} = ${shown(value)}`, arg.name, withValue(argBase, leaf.path, value));
    }
    if (isInputObjectType(getNamedType(arg.type)) && !isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type)) {
      const shapes: [string, unknown][] = [
        ['null', null],
        ['an unknown field', { ...(argBase as object), notAField: 1, __proto__x: 'x' }],
        ['a string', 'input'],
        ['a list of it', [argBase, argBase]],
        ['nested 60 deep', { ...(argBase as object), notAField: deepObject(60) }],
      ];
      for (const [what, value] of sample(shapes, `${field.name}:${arg.name}:shape`)) add(`${arg.name} as ${what}`, arg.name, value);
    }
  }
  return out;
}

/** Every String leaf of a mutation's arguments, with a function sending a text there in otherwise plausible input. */
function textLeaves(field: GraphQLField<unknown, unknown>): [string, ReturnType<typeof leavesOf>[number], (text: string) => Record<string, unknown>][] {
  const base: Record<string, unknown> = {};
  for (const a of field.args) if (isNonNullType(a.type)) base[a.name] = plausible(a.type, a.name, field.name);
  return field.args.flatMap((arg) =>
    leavesOf(arg.type, arg.name)
      .filter((leaf) => getNamedType(leaf.type).name === 'String')
      .map((leaf) => {
        const list = isListType(isNonNullType(leaf.type) ? leaf.type.ofType : leaf.type);
        const argBase = along(arg.type, leaf.path, base[arg.name] ?? plausible(arg.type, arg.name, field.name), field.name);
        return [arg.name, leaf, (text: string) => ({ ...base, [arg.name]: withValue(argBase, leaf.path, list ? [text] : text) })] as const;
      }),
  ) as never;
}

/** `value` with each list on `path` holding one plausible element (an optional list of clauses is absent from plausible input). */
function along(type: GraphQLInputType, path: (string | 0)[], value: unknown, fieldName: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (head === 0 && isListType(inner)) {
    const element = Array.isArray(value) && value.length > 0 ? value[0] : plausible(inner.ofType, '', fieldName);
    return [along(inner.ofType, rest, element, fieldName)];
  }
  if (typeof head !== 'string' || !isInputObjectType(inner)) return value;
  const object = (value ?? {}) as Record<string, unknown>;
  return { ...object, [head]: along(inner.getFields()[head]!.type, rest, object[head], fieldName) };
}

/**
 * Each value sent at each String leaf of every mutation that `take`s it: what was not refused
 * as BAD_USER_INPUT naming that leaf (refused as one line, or by the field's own pattern).
 */
async function refusedAtEachTextLeaf(values: string[], take: (field: string, leaf: string) => boolean): Promise<{ leaves: number; failures: string[] }> {
  const failures: string[] = [];
  let leaves = 0;
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    for (const [arg, leaf, send] of textLeaves(field)) {
      if (!take(field.name, leaf.name)) continue;
      leaves += 1;
      const where = [arg, ...leaf.path].join('.');
      for (const bad of values) {
        const error = (await hub.exec(operationFor('mutation', field), send(bad), viewers[1]![1])).errors?.[0];
        const paths = ((error?.extensions?.fields ?? []) as { path: (string | number)[] }[]).map((i) => i.path.join('.'));
        if (error?.extensions?.code !== 'BAD_USER_INPUT' || !paths.some((p) => p.startsWith(where)))
          failures.push(`${field.name}(${where} = ${JSON.stringify(bad)}): ${error ? `${error.extensions?.code as string} ${error.message}` : 'accepted'}`);
      }
    }
  }
  return { leaves, failures };
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text;
}

const CJK = /[\u4e00-\u9fff]/;
/** Leaves that hold one line: names, codes, numbers, titles, references, addresses. */
const ONE_LINE = /name|code|number|title|ref$|address|authority|recipient|channel|maker|label|batch|contact|version/i;

/** What is wrong with one answer, or nothing. */
function unclear(result: FormattedExecutionResult): string | null {
  for (const error of result.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') return `code ${String(code)}: ${error.message}`;
    if (!CJK.test(String(error.extensions?.messageZh ?? ''))) return `${code} without a zh message: ${error.message}`;
    if (typeof error.extensions?.messageEn !== 'string') return `${code} without an en message: ${error.message}`;
  }
  return null;
}

async function run(cases: Case[]): Promise<string[]> {
  const failures: string[] = [];
  // The tables as they stand: re-read after each mutation that ran (a refused one must not
  // have moved them). One refused by GraphQL before execution (a variable that does not
  // coerce: no `path`, no `data`) ran nothing, so the state stays known without a read.
  let known = await checksum();
  for (const c of cases) {
    const result = c.literal
      ? await hub.exec(literalOperation(c.kind, c.field, c.variables), {}, c.viewer[1])
      : await hub.exec(operationFor(c.kind, c.field), c.variables, c.viewer[1]);
    const label = `${c.field.name}(${c.what}) as ${c.viewer[0]}`;
    const problem = unclear(result);
    if (problem) failures.push(`${label}: ${problem}`);
    if (process.env.FUZZ_SHOW_ACCEPTED && c.kind === 'mutation' && !result.errors) console.log(`accepted: ${label}`);
    const executed = result.data !== undefined || (result.errors ?? []).some((e) => e.path);
    if (c.kind !== 'mutation' || !executed) continue;
    const before = known;
    known = await checksum();
    if (!result.errors?.length) continue;
    const changed = [...known].filter(([t, v]) => before.get(t) !== v).map(([t]) => t);
    if (changed.length) failures.push(`${label}: refused (${String(result.errors[0]!.extensions?.code)}) but changed ${changed.join(', ')}`);
  }
  return failures;
}

describe('schema-driven malformed input', () => {
  it('has own and another tenant’s ids of most node types to send', () => {
    expect(owned.size).toBeGreaterThan(20);
    expect(foreign.size).toBeGreaterThan(15);
  });

  it('sees a committed change in its table checksum (the twin that lets "changed nothing" fail)', async () => {
    const provider = await hub.prisma.provider.findUniqueOrThrow({ where: { id: w.pA1.id } });
    const before = await checksum();
    const result = await hub.exec(
      `mutation ($input: UpdateProviderInput!) { updateProvider(input: $input) { provider { id } } }`,
      { input: { id: encodeGlobalID('Provider', provider.id), expectedVersion: provider.version, address: '马鞍山市花山区 1 号' } },
      viewers[1]![1],
    );
    expect(result.errors).toBeUndefined();
    const after = await checksum();
    expect([...after].filter(([t, v]) => before.get(t) !== v).map(([t]) => t).sort()).toEqual(['AuditEvent', 'Provider']);
  });

  it('answers every sampled malformed mutation with a clear code, writing nothing when refused', async () => {
    const cases = Object.values(schema.getMutationType()!.getFields()).flatMap((f) => casesOf('mutation', f));
    expect(cases.length).toBeGreaterThan(100);
    expect(await run(cases)).toEqual([]);
  }, 600_000);

  // text-characters.ts: every text leaf of every mutation, not a sample; the edge and the
  // commands hold one rule. A name or code also refuses a line break; free text keeps it.
  it('refuses control, noncharacter and bidi-override characters in every text field of every mutation, naming it, writing nothing', async () => {
    const before = await checksum();
    const { leaves, failures } = await refusedAtEachTextLeaf(['名称\u202E反转', 'a\u0007b', 'x\uFFFEy', 'y\u0085z'], () => true);
    expect(leaves).toBeGreaterThan(150);
    expect(failures).toEqual([]);
    expect(await checksum()).toEqual(before);
  }, 600_000);

  it('refuses a line break in every name, code, number and reference of every mutation, naming it, writing nothing', async () => {
    const before = await checksum();
    // A login looks a name up (any unknown one answers alike); it stores none.
    const { leaves, failures } = await refusedAtEachTextLeaf(['第一行\n第二行'], (field, leaf) => ONE_LINE.test(leaf) && field !== 'login');
    expect(leaves).toBeGreaterThan(40);
    expect(failures).toEqual([]);
    expect(await checksum()).toEqual(before);
  }, 600_000);

  it('answers every sampled malformed query argument with a clear code', async () => {
    const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);
    const cases = fields.flatMap((f) => casesOf('query', f));
    expect(cases.length).toBeGreaterThan(50);
    expect(await run(cases)).toEqual([]);
  }, 600_000);
});
