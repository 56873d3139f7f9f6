import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema } from '../../schema/index.js';
import { seedDemo } from '../../prisma/seed.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { platformAdmin } from '../factories/viewers.js';
import { plausibleScalar } from './fuzz-values.js';

/**
 * Malformed input, walked from the schema: every mutation and every query field with
 * arguments is called with plausible arguments in which exactly one leaf is malformed (NUL
 * bytes, huge or blank text, impossible dates, negative or absurd money, broken global ids,
 * wrong enum values, huge lists). Whatever the hub answers, it must not be
 * INTERNAL_SERVER_ERROR: bad input is the caller's fault and says so. A field or argument
 * added later is walked without editing this test.
 */
let hub: TestHub;
let schema: GraphQLSchema;
const realIds = new Map<string, string>();
const admin = platformAdmin();

beforeAll(async () => {
  hub = await createTestHub();
  await seedDemo(hub.prisma);
  schema = buildSchema();
  const nodeTypes = schema.getImplementations(schema.getType('Node') as never).objects.map((t) => t.name);
  for (const type of nodeTypes) {
    const model = (hub.prisma as unknown as Record<string, { findFirst?: (a: unknown) => Promise<{ id: string } | null> }>)[
      type[0]!.toLowerCase() + type.slice(1)
    ];
    const row = await model?.findFirst?.({ select: { id: true } }).catch(() => null);
    if (row?.id) realIds.set(type, encodeGlobalID(type, row.id));
  }
}, 300_000);
afterAll(() => hub?.close());

const UUID = '00000000-0000-4000-8000-000000000000';
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** The Node type an id argument points at, guessed from its name and the field's name. */
function idTypeFor(argName: string, fieldName: string): string | undefined {
  const types = [...realIds.keys()].sort((a, b) => b.length - a.length);
  const stem = argName.replace(/Ids?$/, '').toLowerCase();
  if (stem && stem !== 'id') {
    const exact = types.find((t) => t.toLowerCase() === stem) ?? types.find((t) => t.toLowerCase().endsWith(stem));
    if (exact) return exact;
  }
  return types.find((t) => fieldName.toLowerCase().includes(t.toLowerCase()));
}

function plausibleId(argName: string, fieldName: string): unknown {
  const type = idTypeFor(argName, fieldName);
  return (type && realIds.get(type)) ?? encodeGlobalID(type ?? 'Agreement', UUID);
}

function malformedScalars(name: string): unknown[] {
  switch (name) {
    case 'ID':
      return ['not base64 !', b64('Agreement:not-a-uuid'), b64(`NoSuchType:${UUID}`), '', b64(`Agreement:${UUID}\u0000`)];
    case 'String':
      return ['abc\u0000def', 'x'.repeat(200_000), '', '   ', '%_\\'];
    case 'Int':
      return [-1, 2_147_483_647, 0];
    case 'Float':
      return [-1, 1e308];
    case 'Date':
      return ['0000-01-01', '2026-02-30', '99999-01-01', 'abc'];
    case 'DateTime':
      return ['0000-01-01T00:00:00Z', '2026-13-01T00:00:00Z', 'garbage'];
    case 'Fen':
      return [-1, 1e30, 'abc', 1.5, 2 ** 53, '100'];
    case 'Decimal':
      return ['NaN', '-1', '1e999', 'abc'];
    case 'JSON':
      return [{ a: 'x\u0000y' }, JSON.parse('['.repeat(200) + ']'.repeat(200)), 'x'.repeat(200_000)];
    case 'Boolean':
      return ['yes'];
    default:
      return ['abc\u0000def'];
  }
}

/** A plausible value for a type: required fields filled, optional ones left out. */
function plausible(type: GraphQLInputType, argName: string, fieldName: string, depth = 0): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, argName, fieldName, depth);
  if (isListType(type)) return [plausible(type.ofType, argName, fieldName, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) return plausibleScalar(type.name, argName, () => plausibleId(argName, fieldName), 'test');
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type)) out[field.name] = plausible(field.type, field.name, fieldName, depth + 1);
    }
    return out;
  }
  return null;
}

interface Variant {
  path: string;
  value: unknown;
}

/**
 * Every leaf (required or optional) of an argument, each malformed in turn, inside an
 * otherwise plausible value. Returns the full argument value per variant.
 */
function variants(type: GraphQLInputType, argName: string, fieldName: string, depth = 0): Variant[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const element = variants(inner.ofType, argName, fieldName, depth).slice(0, 6);
    const one = plausible(inner.ofType, argName, fieldName, depth);
    return [
      ...element.map((v) => ({ path: `[0]${v.path}`, value: [v.value] })),
      { path: '[]', value: [] },
      { path: '[×5000]', value: Array.from({ length: 5000 }, () => one) },
      ...element.slice(0, 1).map((v) => ({ path: `[×5000]${v.path}`, value: Array.from({ length: 5000 }, () => v.value) })),
    ];
  }
  if (isEnumType(inner)) return [{ path: '', value: 'NOT_A_VALUE' }];
  if (isScalarType(inner)) return malformedScalars(inner.name).map((value) => ({ path: '', value }));
  if (isInputObjectType(inner) && depth <= 3) {
    const base = plausible(inner, argName, fieldName, depth) as Record<string, unknown>;
    const out: Variant[] = [];
    for (const field of Object.values(inner.getFields())) {
      for (const v of variants(field.type, field.name, fieldName, depth + 1)) {
        out.push({ path: `.${field.name}${v.path}`, value: { ...base, [field.name]: v.value } });
      }
    }
    return out;
  }
  return [];
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const decls = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeaf(field) ? '' : ' { __typename }';
  return `${kind} Probe${decls ? `(${decls})` : ''} { probe: ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

function plausibleArgs(args: readonly GraphQLArgument[], fieldName: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of args) if (isNonNullType(a.type)) out[a.name] = plausible(a.type, a.name, fieldName);
  return out;
}

async function probe(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Promise<string[]> {
  const failures: string[] = [];
  const document = operationFor(kind, field);
  const base = plausibleArgs(field.args, field.name);
  for (const arg of field.args) {
    for (const v of variants(arg.type, arg.name, field.name)) {
      const result = await hub.exec(document, { ...base, [arg.name]: v.value }, admin);
      const internal = (result.errors ?? []).find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
      if (internal) {
        const shown = JSON.stringify(v.value)?.slice(0, 80);
        failures.push(`${field.name}(${arg.name}${v.path} = ${shown}): ${internal.message}`);
      }
    }
  }
  return failures;
}

/** Fields whose result is a leaf take no selection set. */
function isLeaf(field: GraphQLField<unknown, unknown>): boolean {
  return isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type));
}

describe('malformed input walked from the schema', () => {
  it('no mutation answers INTERNAL_SERVER_ERROR to one malformed leaf', async () => {
    const failures: string[] = [];
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      failures.push(...(await probe('mutation', field)));
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it('no query field with arguments answers INTERNAL_SERVER_ERROR to one malformed leaf', async () => {
    const failures: string[] = [];
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      if (field.args.length === 0) continue;
      failures.push(...(await probe('query', field)));
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it('probes with real records of most node types, so commands get past "not found"', () => {
    expect(realIds.size).toBeGreaterThan(20);
  });
});
