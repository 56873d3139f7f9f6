import {
  Kind,
  getNamedType,
  getOperationAST,
  isCompositeType,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { fieldCost } from './query-cost.js';
import { countThroughFragments } from './count-through-fragments.js';

/**
 * The cost of one operation (query-cost.ts: a field's own cost plus its multiplier times its
 * selections' cost), computed from the document before it runs. Page sizes come from
 * literals, or from the variables when given, or are `pageSize` (the admin console's worst
 * case) when a variable's value is not known. Only `first`/`last` are read: no other
 * argument is decoded here, so a malformed id elsewhere in the document is reported on its
 * own field by execution rather than failing the whole operation's cost check.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { operationName?: string | null; variables?: Record<string, unknown> | null; pageSize?: number } = {},
): number {
  const op = getOperationAST(document, options.operationName ?? undefined);
  if (!op) return 0;
  const root = schema.getRootType(op.operation);
  if (!root) return 0;

  const pageArg = (name: string, value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || (value as { kind?: unknown }).kind !== Kind.VARIABLE) return value;
    const known = options.variables?.[name];
    return known ?? options.pageSize ?? null;
  };

  // Through fragments, each fragment's cost computed once (count-through-fragments.ts).
  const costOf = countThroughFragments(document, (selection, typeName, count) => {
    const type = schema.getType(typeName);
    if (!type || !('getFields' in type)) return 0;
    const field = type.getFields()[selection.name.value];
    if (!field) return 0;
    const args: Record<string, unknown> = {};
    for (const arg of selection.arguments ?? []) {
      const name = arg.name.value;
      if (name !== 'first' && name !== 'last') continue;
      args[name] = arg.value.kind === Kind.VARIABLE ? pageArg(arg.value.name.value, arg.value) : valueFromASTUntyped(arg.value);
    }
    const { field: own, multiplier } = fieldCost(args, field as never);
    const named = getNamedType(field.type);
    const children = selection.selectionSet && isCompositeType(named) ? count(selection.selectionSet, named.name) : 0;
    return own + multiplier * children;
  });
  return costOf(op.selectionSet, root.name);
}
