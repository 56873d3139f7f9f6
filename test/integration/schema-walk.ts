import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { getDatamodel } from '../../schema/generated/pothos-types.js';
import { rowPolicies } from '../../server/policy/rows.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * What tenant-schema-walk.test.ts reads from the built schema: the Prisma model behind each
 * GraphQL type (a type may be named apart from its model: Interception is MonitoringOutcome),
 * its tenant policy, the connections to walk and the id-taking filter fields.
 */
type Delegate = {
  count(args?: unknown): Promise<number>;
  findMany(args?: unknown): Promise<Record<string, unknown>[]>;
};
type Policy = { where(viewer: Viewer): unknown };
const models = getDatamodel().datamodel.models;
const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** `prisma` is read when a query runs (the test database opens after the schema is walked). */
export function walker(schema: GraphQLSchema, prisma: () => unknown) {
  /** The Prisma model a GraphQL type is built on (Pothos records it on the type). */
  const modelOf = (type: string): string => {
    const t = schema.getType(type);
    return ((t?.extensions as { pothosPrismaModel?: string } | undefined)?.pothosPrismaModel ??
      type) as string;
  };
  const policyOf = (type: string): Policy | undefined =>
    (rowPolicies as Record<string, Policy>)[lower(modelOf(type))];
  const delegateOf = (type: string) => (prisma() as Record<string, Delegate>)[lower(modelOf(type))]!;
  /** The model's key fields: `id`, or a compound key (Claim: id + settlement month). */
  const keyOf = (type: string) => {
    const model = models[modelOf(type) as keyof typeof models]!;
    const names = model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name);
    return names.map((name) => model.fields.find((f) => f.name === name)!);
  };
  /** A Prisma `where` for the row a global id names (a compound key is a JSON array of its parts). */
  const rowWhere = (type: string, id: string): Record<string, unknown> => {
    const key = keyOf(type);
    if (key.length === 1) return { [key[0]!.name]: id };
    const parts = JSON.parse(id) as string[];
    return Object.fromEntries(
      key.map((f, i) => [f.name, f.type === 'DateTime' ? new Date(parts[i]!) : parts[i]]),
    );
  };
  /**
   * Does `viewer`'s policy allow the row of `typename` with this `id` (a Node's global id, or
   * the plain id of a type that is no Node, such as a rule hit's handling step)?
   */
  const allows = async (typename: string, id: string, viewer: Viewer): Promise<boolean | null> => {
    const policy = policyOf(typename);
    if (!policy) return null;
    const isNode = (schema.getType(typename) as GraphQLObjectType)
      .getInterfaces()
      .some((i) => i.name === 'Node');
    const key = isNode ? decodeGlobalID(id).id : id;
    return (
      (await delegateOf(typename).count({
        where: { AND: [rowWhere(typename, key), policy.where(viewer)] },
      })) === 1
    );
  };
  /** Up to `n` rows of `type` the viewer may NOT see, as global ids of the type. */
  const hiddenIds = async (type: string, viewer: Viewer, n = 3): Promise<string[]> => {
    const where = policyOf(type)!.where(viewer) as object;
    if (Object.keys(where).length === 0) return []; // shared reference data: nothing is hidden
    return idsOf(type, await delegateOf(type).findMany({ where: { NOT: where }, take: n }));
  };
  /** Up to `n` rows of `type` the viewer may see. */
  const visibleIds = async (type: string, viewer: Viewer, n = 1): Promise<string[]> =>
    idsOf(type, await delegateOf(type).findMany({ where: policyOf(type)!.where(viewer), take: n }));
  const idsOf = (type: string, rows: Record<string, unknown>[]) => {
    const key = keyOf(type);
    return rows.map((r) => {
      const parts = key.map((f) =>
        r[f.name] instanceof Date ? (r[f.name] as Date).toISOString() : r[f.name],
      );
      const id = parts.length === 1 ? String(parts[0]) : JSON.stringify(parts);
      return Buffer.from(`${type}:${id}`).toString('base64');
    });
  };
  return { modelOf, policyOf, delegateOf, allows, hiddenIds, visibleIds };
}

export const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** The node type of a Relay connection type with `totalCount`, or null. */
export const nodeTypeOf = (type: GraphQLObjectType): GraphQLObjectType | null => {
  if (!type.name.endsWith('Connection') || !type.getFields().totalCount) return null;
  const edges = type.getFields().edges;
  const node = edges && getNamedType(edges.type);
  const inner = node && isObjectType(node) ? getNamedType(node.getFields().node!.type) : null;
  return inner && isObjectType(inner) && inner.getFields().id ? inner : null;
};

/** `id` and, at depth 1, every connection (first 5, totalCount) and object relation with a policy. */
export function selection(
  node: GraphQLObjectType,
  depth: number,
  hasPolicy: (type: string) => boolean,
): string {
  const parts = ['__typename id'];
  if (depth > 0) {
    for (const field of Object.values(node.getFields())) {
      if (requiredArgs(field)) continue;
      const named = getNamedType(field.type);
      if (!isObjectType(named)) continue;
      const inner = nodeTypeOf(named);
      if (inner && hasPolicy(inner.name))
        parts.push(
          `${field.name}(first: 5) { totalCount edges { node { ${selection(inner, 0, hasPolicy)} } } }`,
        );
      else if (hasPolicy(named.name) && named.getFields().id) parts.push(`${field.name} { id }`);
    }
  }
  return parts.join(' ');
}

/** Every object with `__typename` and `id` in a result, as [typename, id]. */
export function collectIds(value: unknown, out: [string, string][]): void {
  if (Array.isArray(value)) value.forEach((v) => collectIds(v, out));
  else if (value && typeof value === 'object') {
    const row = value as Record<string, unknown>;
    if (typeof row.__typename === 'string' && typeof row.id === 'string') out.push([row.__typename, row.id]);
    for (const v of Object.values(row)) if (v && typeof v === 'object') collectIds(v, out);
  }
}

/** The id-taking fields of a filter input (`providerId`, `agreementIds`, …) and the type each names. */
export function idFilterFields(
  type: GraphQLInputType | undefined,
  hasPolicy: (type: string) => boolean,
): { name: string; list: boolean; target: string }[] {
  const named = type && getNamedType(type);
  if (!named || !isInputObjectType(named)) return [];
  return Object.values(named.getFields())
    .filter((f) => getNamedType(f.type).name === 'ID' && /Ids?$/.test(f.name))
    .map((f) => {
      const base = f.name.replace(/Ids?$/, '');
      const inner = isNonNullType(f.type) ? f.type.ofType : f.type;
      return { name: f.name, list: isListType(inner), target: base.charAt(0).toUpperCase() + base.slice(1) };
    })
    .filter((f) => hasPolicy(f.target));
}
