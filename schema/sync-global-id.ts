import { RootFieldBuilder } from '@pothos/core';
// Imported for its side effect first: the relay plugin installs its own `globalID` on the
// field builder prototype when it loads, and this module must replace it afterwards.
import { encodeGlobalID } from '@pothos/plugin-relay';

/**
 * Performance (bench/PERFORMANCE.md, q2): the relay plugin's output `t.globalID` field — the
 * `id` of every Node type — has an `async` resolver, so every object of every answer has a
 * field that is a promise, and graphql-js then assembles each object through
 * `promiseForObject` (plus a microtask hop per wrapper around it). A nested list of ~1,700
 * objects paid ~15 % of its CPU for that. This is the same resolver without `async`: it
 * returns the encoded id directly when the id resolver is synchronous (prismaNode's always
 * is) and still waits for one that returns a promise. Output and errors are unchanged (a
 * throwing resolver is a field error either way). Input `globalID` args are not affected.
 */
type ResolvedId = { type: unknown; id: unknown } | string | null | undefined;
type IdResolver = (parent: unknown, args: unknown, context: unknown, info: unknown) => ResolvedId | PromiseLike<ResolvedId>;
interface GlobalIdFieldBuilder {
  builder: {
    options: { relay?: { encodeGlobalID?: (typename: string, id: string, ctx: unknown) => string } };
    configStore: { getTypeConfig(ref: unknown): { name: string } };
  };
  field(options: Record<string, unknown>): unknown;
}

const proto = RootFieldBuilder.prototype as unknown as {
  globalID: (this: GlobalIdFieldBuilder, options: { resolve: IdResolver } & Record<string, unknown>) => unknown;
};

proto.globalID = function globalID({ resolve, ...options }) {
  const encode = (result: ResolvedId, context: unknown) => {
    if (!result || typeof result !== 'object') return result;
    const typename = this.builder.configStore.getTypeConfig(result.type).name;
    const custom = this.builder.options.relay?.encodeGlobalID;
    return custom ? custom(typename, String(result.id), context) : encodeGlobalID(typename, String(result.id));
  };
  return this.field({
    ...options,
    type: 'ID',
    resolve: (parent: unknown, args: unknown, context: unknown, info: unknown) => {
      const result = resolve(parent, args, context, info);
      return isPromiseLike(result) ? Promise.resolve(result).then((settled) => encode(settled, context)) : encode(result, context);
    },
  });
};

function isPromiseLike(value: unknown): value is PromiseLike<ResolvedId> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
