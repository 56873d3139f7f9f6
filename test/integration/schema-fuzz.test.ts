import { describe, expect, it } from 'vitest';
import { getNamedType, isInputObjectType, isListType, isNonNullType, type FormattedExecutionResult, type GraphQLField } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Viewer } from '../../server/auth/viewer.js';
import { deepObject, hashOf, leavesOf, literalOf, literalOperation, operationFor, poolFor, seeded, withValue } from './fuzz-values.js';
import { useFuzzWorld } from './fuzz-setup.js';

/**
 * Malformed input generated from the built schema, sampled per argument leaf by type (see
 * fuzz-values.ts: wrong JSON kinds, null for non-null, blank and huge text, NUL and lone
 * surrogates, emoji and right-to-left text, integers at ±2^31 and ±2^53, 1e308, fen written
 * as "1.5"/"-0"/" 12 ", impossible and zoned dates, zone-less instants, ids of the wrong type,
 * of another tenant, of junk, version-0 UUIDs, lower-case enums, lists of 10,000 duplicates,
 * unknown fields and deeply nested objects), as variables or (half the cases) as literals in
 * the document, sent by a platform admin and by an insurer's admin (so validation, not
 * authorisation, is what answers; fuzz-setup.ts). Every answer must carry a stable code other
 * than INTERNAL_SERVER_ERROR with zh and en text, and a refused mutation must leave the audit
 * log and every table as they were. schema-fuzz-text.test.ts sends bad characters to every
 * text leaf; malformed-input-walk.test.ts walks every leaf with a few classic values; this
 * samples the wider pools: FUZZ_SAMPLES=all (or a number per leaf) and FUZZ_SEED widen or vary
 * a run locally.
 */
const f = useFuzzWorld();
const { schema, viewers, ids } = f;
const plausible = f.plausible;
const idTypeFor = (name: string, fieldName: string) => f.idTypeFor(name, fieldName);
const SAMPLES = process.env.FUZZ_SAMPLES === 'all' ? Infinity : Number(process.env.FUZZ_SAMPLES ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
/** FUZZ_ONLY=<regex> narrows a local run to the cases whose label matches (`field(path = value)`). */
const ONLY = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null;
/** FUZZ_LITERALS=1 sends every value that has a literal form as a literal. */
const LITERALS = process.env.FUZZ_LITERALS === '1';
const checksum = () => f.checksum();

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

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text;
}

const CJK = /[\u4e00-\u9fff]/;
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
      ? await f.hub.exec(literalOperation(c.kind, c.field, c.variables), {}, c.viewer[1])
      : await f.hub.exec(operationFor(c.kind, c.field), c.variables, c.viewer[1]);
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
    expect(f.owned.size).toBeGreaterThan(20);
    expect(f.foreign.size).toBeGreaterThan(15);
  });

  it('sees a committed change in its table checksum (the twin that lets "changed nothing" fail)', async () => {
    const provider = await f.hub.prisma.provider.findUniqueOrThrow({ where: { id: f.w.pA1.id } });
    const before = await checksum();
    const result = await f.hub.exec(
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

  it('answers every sampled malformed query argument with a clear code', async () => {
    const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);
    const cases = fields.flatMap((f) => casesOf('query', f));
    expect(cases.length).toBeGreaterThan(50);
    expect(await run(cases)).toEqual([]);
  }, 600_000);
});
