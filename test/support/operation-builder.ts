import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Builds a minimal valid operation for any root field straight from the schema, so that the
 * access matrix covers fields added later without anyone writing a document for them:
 * selections go a few levels deep (ids, `totalCount`, edges → node, relations), required
 * arguments get values of their type, and ID arguments get ids chosen by the caller (another
 * tenant's, in the matrix).
 */
export interface IdSource {
  /** Global IDs to try for an argument or input field expecting an id of `typename` (null: unknown type). */
  idsFor(typename: string | null): string[];
}

const MAX_DEPTH = 2;

export function selectionOf(schema: GraphQLSchema, type: GraphQLOutputType, depth = 0, alias = '', onlyImpl?: string): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isUnionType(named)) {
    return `{ __typename ${named.getTypes().map((t) => `... on ${t.name} ${selectionOf(schema, t, depth + 1) || '{ __typename }'}`).join(' ')} }`;
  }
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const fields = named.getFields();
  const parts: string[] = ['__typename'];
  if (fields.id) parts.push('id');
  if (fields.totalCount) parts.push('totalCount');
  if (fields.edges && depth < MAX_DEPTH + 1) {
    const edge = getNamedType(fields.edges.type);
    if (isObjectType(edge) && edge.getFields().node) parts.push(`edges { node ${selectionOf(schema, edge.getFields().node!.type, depth + 1) || ''} }`);
  }
  if (isInterfaceType(named)) {
    for (const impl of schema.getPossibleTypes(named)) {
      if (onlyImpl && impl.name !== onlyImpl) continue;
      // Aliased per type: two implementations may have same-named fields of different nullability.
      const sel = selectionOf(schema, impl, depth + 1, onlyImpl ? '' : `${impl.name}_`);
      if (sel) parts.push(`... on ${impl.name} ${sel}`);
    }
    return `{ ${parts.join(' ')} }`;
  }
  if (depth >= MAX_DEPTH) return `{ ${parts.join(' ')} }`;
  for (const [name, field] of Object.entries(fields)) {
    if (name === 'edges' || name === 'pageInfo' || name === 'node' || name === 'id' || name === 'totalCount') continue;
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const leaf = getNamedType(field.type);
    if (isScalarType(leaf) || isEnumType(leaf)) {
      // Scalars of the top-level objects too: a foreign id can hide in a plain string (entityId, subject).
      if (depth <= 1) parts.push(alias ? `${alias}${name}: ${name}` : name);
      continue;
    }
    const sel = selectionOf(schema, field.type, depth + 1);
    if (sel) parts.push(`${alias ? `${alias}${name}: ` : ''}${name} ${sel}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** A literal for an input type: ids from the source, plausible values for the rest. */
export function valueOf(type: GraphQLInputType, ids: IdSource, hint: string | null, required: boolean): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, ids, hint, true);
  if (isListType(type)) {
    const inner = valueOf(type.ofType, ids, hint, true);
    return inner === undefined ? [] : Array.isArray(inner) ? inner : [inner];
  }
  const named = type as GraphQLNamedType;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(named.getFields())) {
      const isId = getNamedType(field.type).name === 'ID';
      if (!isNonNullType(field.type) && !isId) continue;
      const value = valueOf(field.type, ids, typeHint(name, hint), isNonNullType(field.type));
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
  if (isEnumType(named)) return named.getValues()[0]!.value;
  switch (named.name) {
    case 'ID':
      return ids.idsFor(hint)[0] ?? (required ? 'VW5rbm93bjow' : undefined);
    case 'String':
      return 'x';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Fen':
      return 100;
    case 'Decimal':
      return '1.00';
    case 'Date':
      return '2026-06-30';
    case 'DateTime':
      return '2026-06-30T00:00:00Z';
    case 'JSON':
      return {};
    default:
      return required ? 'x' : undefined;
  }
}

/** `insurerId` → Insurer, `apiClientId` → ApiClient, `id` → the field's own noun. */
export function typeHint(fieldName: string, owner: string | null): string | null {
  if (fieldName === 'id' || fieldName === 'ids') return owner;
  const m = /^(.+?)Ids?$/.exec(fieldName);
  return m ? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1) : null;
}

/** The noun a root field is about: `suspendAgreement` → Agreement, `agreement` → Agreement. */
export function nounOf(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): string | null {
  const ret = getNamedType(field.type);
  if (isObjectType(ret) && ret.getFields().id && !ret.name.endsWith('Payload')) return ret.name;
  const candidates = Object.keys(schema.getTypeMap())
    .filter((n) => !n.startsWith('__') && field.name.toLowerCase().endsWith(n.toLowerCase()))
    .sort((a, b) => b.length - a.length);
  return candidates[0] ?? null;
}

export interface BuiltOperation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One operation per combination worth trying: for ID arguments, one per candidate id; for a
 * `filter` argument, once without and once with every id field set to a candidate id.
 */
export function operationsFor(
  schema: GraphQLSchema,
  kind: 'query' | 'mutation' | 'subscription',
  field: GraphQLField<unknown, unknown>,
  ids: IdSource,
): BuiltOperation[] {
  const noun = nounOf(schema, field);
  const selection = selectionOf(schema, field.type);
  const build = (args: Record<string, unknown>, sel = selection): BuiltOperation => {
    const defs = field.args.filter((a) => args[a.name] !== undefined);
    const varDefs = defs.length ? `(${defs.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
    const argList = defs.length ? `(${defs.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
    return { query: `${kind} Matrix${varDefs} { ${field.name}${argList} ${sel} }`, variables: args };
  };
  const base: Record<string, unknown> = {};
  const idArgs: GraphQLArgument[] = [];
  for (const arg of field.args) {
    const named = getNamedType(arg.type);
    if (named.name === 'ID' && isNonNullType(arg.type)) idArgs.push(arg);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      base[arg.name] = valueOf(arg.type, ids, arg.name === 'input' ? noun : typeHint(arg.name, noun), true);
    }
  }
  if (idArgs.length > 0) {
    const arg = idArgs[0]!;
    const hint = typeHint(arg.name, noun);
    const list = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
    const candidates = ids.idsFor(hint === 'Node' ? null : hint);
    // For an interface (node/nodes) select only the fields of the id's own type, one type at a time.
    const polymorphic = isInterfaceType(getNamedType(field.type));
    const selFor = (id: string) => (polymorphic ? selectionOf(schema, field.type, 0, '', typenameOf(id)) : selection);
    if (list) {
      const byType = new Map<string, string[]>();
      for (const id of candidates) byType.set(typenameOf(id), [...(byType.get(typenameOf(id)) ?? []), id]);
      return [...byType.values()].map((group) => build({ ...base, [arg.name]: group }, selFor(group[0]!)));
    }
    return candidates.map((id) =>
      build({ ...base, [arg.name]: id, ...Object.fromEntries(idArgs.slice(1).map((a) => [a.name, id])) }, selFor(id)),
    );
  }
  const ops = [build(base)];
  const filter = field.args.find((a) => a.name === 'filter' && isInputObjectType(getNamedType(a.type)));
  if (filter) {
    const filterType = getNamedType(filter.type);
    if (isInputObjectType(filterType)) {
      for (const [name, f] of Object.entries(filterType.getFields())) {
        if (getNamedType(f.type).name !== 'ID') continue;
        for (const id of ids.idsFor(typeHint(name, noun)).slice(0, 1)) {
          const value = isListType(isNonNullType(f.type) ? f.type.ofType : f.type) ? [id] : id;
          ops.push(build({ ...base, filter: { [name]: value } }));
        }
      }
    }
  }
  return ops;
}

function typenameOf(globalId: string): string {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  return decoded.slice(0, decoded.indexOf(':'));
}
