import { describe, expect, it } from 'vitest';
import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { leavesOf, operationFor, withValue } from './fuzz-values.js';
import { useFuzzWorld } from './fuzz-setup.js';

/**
 * text-characters.ts holds one rule at the edge and in the commands: every String leaf of every
 * mutation (not a sample, unlike schema-fuzz.test.ts) refuses control, noncharacter and
 * bidi-override characters, and a name, code, number or reference also refuses a line break;
 * each refusal is BAD_USER_INPUT naming that leaf, and nothing is written.
 */
const f = useFuzzWorld();

/** Every String leaf of a mutation's arguments, with a function sending a text there in otherwise plausible input. */
function textLeaves(field: GraphQLField<unknown, unknown>): [string, ReturnType<typeof leavesOf>[number], (text: string) => Record<string, unknown>][] {
  const base: Record<string, unknown> = {};
  for (const a of field.args) if (isNonNullType(a.type)) base[a.name] = f.plausible(a.type, a.name, field.name);
  return field.args.flatMap((arg) =>
    leavesOf(arg.type, arg.name)
      .filter((leaf) => getNamedType(leaf.type).name === 'String')
      .map((leaf) => {
        const list = isListType(isNonNullType(leaf.type) ? leaf.type.ofType : leaf.type);
        const argBase = along(arg.type, leaf.path, base[arg.name] ?? f.plausible(arg.type, arg.name, field.name), field.name);
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
    const element = Array.isArray(value) && value.length > 0 ? value[0] : f.plausible(inner.ofType, '', fieldName);
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
  for (const field of Object.values(f.schema.getMutationType()!.getFields())) {
    for (const [arg, leaf, send] of textLeaves(field)) {
      if (!take(field.name, leaf.name)) continue;
      leaves += 1;
      const where = [arg, ...leaf.path].join('.');
      for (const bad of values) {
        const error = (await f.hub.exec(operationFor('mutation', field), send(bad), f.viewers[1]![1])).errors?.[0];
        const paths = ((error?.extensions?.fields ?? []) as { path: (string | number)[] }[]).map((i) => i.path.join('.'));
        if (error?.extensions?.code !== 'BAD_USER_INPUT' || !paths.some((p) => p.startsWith(where)))
          failures.push(`${field.name}(${where} = ${JSON.stringify(bad)}): ${error ? `${error.extensions?.code as string} ${error.message}` : 'accepted'}`);
      }
    }
  }
  return { leaves, failures };
}

/** Leaves that hold one line: names, codes, numbers, titles, references, addresses. */
const ONE_LINE = /name|code|number|title|ref$|address|authority|recipient|channel|maker|label|batch|contact|version/i;

describe('one text rule in every text field of every mutation', () => {
  it('refuses control, noncharacter and bidi-override characters in every text field of every mutation, naming it, writing nothing', async () => {
    const before = await f.checksum();
    const { leaves, failures } = await refusedAtEachTextLeaf(['名称\u202E反转', 'a\u0007b', 'x\uFFFEy', 'y\u0085z'], () => true);
    expect(leaves).toBeGreaterThan(150);
    expect(failures).toEqual([]);
    expect(await f.checksum()).toEqual(before);
  }, 600_000);

  it('refuses a line break in every name, code, number and reference of every mutation, naming it, writing nothing', async () => {
    const before = await f.checksum();
    // A login looks a name up (any unknown one answers alike); it stores none.
    const { leaves, failures } = await refusedAtEachTextLeaf(['第一行\n第二行'], (field, leaf) => ONE_LINE.test(leaf) && field !== 'login');
    expect(leaves).toBeGreaterThan(40);
    expect(failures).toEqual([]);
    expect(await f.checksum()).toEqual(before);
  }, 600_000);
});
