import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

/**
 * The value generator of schema-fuzz.test.ts: for each GraphQL input type, a pool of values a
 * careless or hostile client sends (wrong JSON kinds, boundary numbers, impossible dates,
 * ids of the wrong type or tenant, …), and a plausible value to embed them in. Pools are
 * sampled with a seeded generator so a run is reproducible from its seed.
 */

/** Mulberry32: a small seeded generator, so a failing case can be replayed by its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');
const HUGE = 'x'.repeat(100_000);
/** Nested 200 levels deep: deeper than any input of the schema, within the variable screen's reach. */
export const deepObject = (levels: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
};

/** Ids a probe can name: per Node type, one the viewer may see and one of another tenant. */
export interface IdBook {
  own(type: string): string | undefined;
  foreign(type: string): string | undefined;
  types(): string[];
}

/**
 * Full-width digits (a Chinese IME's), C0 controls with an ANSI escape, 10,000 characters, an
 * ideographic space; a noncharacter (a byte-order mark read backwards), a C1 control, a bidi
 * isolate, a line break inside a code, a name in NFD, full-width letters in a code.
 */
const MORE_STRINGS: unknown[] = ['２０２６', 'a\u0001\u001b[31m\u007fb', 'y'.repeat(10_000), '\u3000', '\uFFFE', 'a\u0085b', '\u2066x\u2069', 'XY-1\n2', 'Jose\u0301', 'ＸＹ－１'];

/** Wrong JSON kinds, sent where any scalar is expected. */
const WRONG_KINDS: unknown[] = [{ a: 1 }, ['x'], true, deepObject(40)];

/** The pool of malformed values for a scalar, given the Node type an ID argument names. */
export function scalarPool(name: string, idType: string | undefined, ids: IdBook): unknown[] {
  switch (name) {
    case 'String':
      return ['', '   ', '\t\r\n', 'a\u0000b', 'a\ud800b', '\udfff', HUGE, '👨‍👩‍👧‍👦🏥💊', '\u202Eمرحبا\u202C שלום', 42, ...WRONG_KINDS, ...MORE_STRINGS];
    case 'ID': {
      const others = ids.types().filter((t) => t !== idType);
      const wrongType = others.map((t) => ids.own(t)).find(Boolean);
      const type = idType ?? 'Agreement';
      return [
        ids.foreign(type) ?? ids.foreign('Agreement'),
        wrongType,
        b64(new Uint8Array([0xff, 0xfe, 0x00, 0x80, 0x9f])),
        b64('\u0000\u0001junk:junk'),
        b64(`${type}:00000000-0000-0000-0000-000000000000`),
        b64(`${type}:12345678-1234-0234-8234-123456789abc`),
        b64(`${type}:${'9'.repeat(500)}`),
        b64(`${type}:["2026-01-01T00:00:00.000Z"]`),
        b64(`${type}:[1,2,3]`),
        b64(`${type}:{}`),
        '',
        '   ',
        '====',
        HUGE,
        12345,
      ].filter((v) => v !== undefined);
    }
    case 'Int':
      return [2 ** 31, -(2 ** 31) - 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, -(2 ** 53), 1e308, -1e308, 1.5, -1, 0, '12'];
    case 'Float':
      return [1e308, -1e308, 2 ** 53, -(2 ** 53), 5e-324, -1, 'NaN', 'Infinity'];
    case 'Boolean':
      return ['true', 1, 0];
    case 'Date':
      return ['0000-01-01', '9999-12-31', '2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-01-15T00:00:00+08:00', '2026-01-15Z', ' 2026-01-15', '2026-1-5', '+002026-01-15', 20260115, '２０２６-０１-１５'];
    case 'DateTime':
      return [
        '2026-01-15T08:00:00',
        '2026-01-15T08:00:00.000',
        '2026-01-15T08:00:00+14:00',
        '2026-01-15T08:00:00-12:00',
        '2026-01-15T08:00:00+99:99',
        '2026-01-15T24:00:00Z',
        '2026-01-15T23:59:60Z',
        '9999-12-31T23:59:59Z',
        '0000-01-01T00:00:00Z',
        '2026-02-30T00:00:00Z',
        '2026-01-15',
        '2026-01-15T08:00:00.123456789Z',
        1_700_000_000_000,
        '2026-01-15T08:00:00+08',
        '２０２６-０１-１５T08:00:00Z',
      ];
    case 'Fen':
      return ['1.5', '-0', '1e3', '00012', ' 12 ', '12', -1, -0, 1.5, 2 ** 31, 2 ** 53, 2 ** 53 - 1, 1e308, 'NaN', '１２', '+12', '0x10', '9'.repeat(40)];
    case 'Decimal':
      return ['1.5', '-0', '1e3', '00012', ' 12 ', 'NaN', '-1', '99999999999999.9999', '-99999999999999.9999', '0.00001', 12, 1.5];
    case 'JSON':
      return [deepObject(60), JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'), Array.from({ length: 10_000 }, (_, i) => i), 1e308, 'a\ud800', HUGE];
    default:
      return ['', 'a\u0000b', ...WRONG_KINDS];
  }
}

/** Malformed values for an enum: lower case, unknown, empty, a number. */
export function enumPool(values: string[]): unknown[] {
  const first = values[0] ?? 'X';
  return [first.toLowerCase(), ` ${first}`, 'NOT_A_VALUE', '', 1];
}

export interface Leaf {
  /** Keys from the argument's value down to the leaf; `0` steps into a list. */
  path: (string | 0)[];
  type: GraphQLInputType;
  name: string;
}

/** Every leaf (scalar, enum, list) under an input type, to `maxDepth` input objects. */
export function leavesOf(type: GraphQLInputType, name: string, maxDepth = 3, path: (string | 0)[] = []): Leaf[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isInputObjectType(inner)) {
    if (path.length > maxDepth) return [];
    return Object.values(inner.getFields()).flatMap((f) => leavesOf(f.type, f.name, maxDepth, [...path, f.name]));
  }
  if (isListType(inner)) {
    const element = isNonNullType(inner.ofType) ? inner.ofType.ofType : inner.ofType;
    // A list of input objects: its elements' leaves, as the first element.
    if (isInputObjectType(element)) return leavesOf(inner.ofType, name, maxDepth, [...path, 0]);
  }
  return [{ path, type, name }];
}

/** `base` with the value at `path` replaced (lists along the path keep one element). */
export function withValue(base: unknown, path: (string | 0)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (head === 0) {
    const list = Array.isArray(base) && base.length > 0 ? base : [{}];
    return [withValue(list[0], rest, value)];
  }
  const object = base && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, unknown>) : {};
  return { ...object, [head!]: withValue(object[head!], rest, value) };
}

/** The malformed values for one leaf: its type's pool, plus nulls and list shapes. */
export function poolFor(leaf: Leaf, plausible: (type: GraphQLInputType) => unknown, idTypeOf: (name: string) => string | undefined, ids: IdBook): unknown[] {
  const required = isNonNullType(leaf.type);
  const inner = isNonNullType(leaf.type) ? leaf.type.ofType : leaf.type;
  const extra: unknown[] = required ? [null] : [];
  if (isListType(inner)) {
    const one = plausible(inner.ofType);
    const elementPool = poolFor({ ...leaf, type: inner.ofType }, plausible, idTypeOf, ids).filter((v) => v !== null);
    return [
      ...extra,
      [],
      [one, one],
      [null],
      Array.from({ length: 10_000 }, () => one),
      Array.from({ length: 10_001 }, () => one),
      ...elementPool.slice(0, 6).map((v) => [v]),
      one,
    ];
  }
  if (isEnumType(inner)) return [...extra, ...enumPool(inner.getValues().map((v) => v.name))];
  if (isScalarType(inner)) return [...extra, ...scalarPool(inner.name, idTypeOf(leaf.name), ids)];
  return extra;
}

/**
 * A value written as a GraphQL literal for an argument of `type` (enum values bare), or null
 * when the value has no literal form (NaN, a key that is no GraphQL name) or is too large to
 * embed (the document token limit would answer instead of the argument's parsing).
 */
export function literalOf(value: unknown, type: GraphQLInputType): string | null {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    if (value.length > 1000) return null;
    return isEnumType(inner) && /^[_A-Za-z]\w*$/.test(value) && !['true', 'false', 'null'].includes(value) ? value : JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length > 100) return null;
    const element = isListType(inner) ? inner.ofType : inner;
    const items = value.map((v) => literalOf(v, element));
    return items.includes(null) ? null : `[${items.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(inner) ? inner.getFields() : {};
    const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      if (!/^[_A-Za-z]\w*$/.test(k)) return null;
      const item = literalOf(v, fields[k]?.type ?? (inner as GraphQLInputType));
      return item === null ? null : `${k}: ${item}`;
    });
    return parts.includes(null) ? null : `{ ${parts.join(', ')} }`;
  }
  return null;
}

export function literalOperation(kind: string, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const args = field.args
    .filter((a) => variables[a.name] !== undefined)
    .map((a) => `${a.name}: ${literalOf(variables[a.name], a.type)}`)
    .join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${kind} { fuzz: ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

export function operationFor(kind: string, field: GraphQLField<unknown, unknown>): string {
  const decls = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${kind} Fuzz${decls ? `(${decls})` : ''} { fuzz: ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/**
 * A value of a built-in or hub scalar that passes validation at an argument named `argName`
 * (months and years by name); `id` supplies an ID. Shared by the schema walkers.
 */
export function plausibleScalar(name: string, argName: string, id: () => unknown, text = '测试 test'): unknown {
  switch (name) {
    case 'ID':
      return id();
    case 'Int':
      return /year/i.test(argName) ? 2026 : 1;
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
      return /month|period/i.test(argName) ? '2026-01' : /year/i.test(argName) ? '2026' : text;
  }
}
