import {
  Kind,
  getNamedType,
  getOperationAST,
  isCompositeType,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { fieldCost } from './query-cost.js';

/**
 * The cost of one operation (query-cost.ts: a field's own cost plus its multiplier times its
 * selections' cost), computed from the document before it runs. Page sizes come from
 * literals, or from the variables when given (else their defaults), or are `pageSize` (the admin console's worst
 * case) when a variable's value is not known. Only `first`/`last` are read: no other
 * argument is decoded here, so a malformed id elsewhere in the document is reported on its
 * own field by execution rather than failing the whole operation's cost check.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { operationName?: string | null; variables?: Record<string, unknown> | null; pageSize?: number } = {},
): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const op = getOperationAST(document, options.operationName ?? undefined);
  if (!op) return 0;
  const root = schema.getRootType(op.operation);
  if (!root) return 0;

  // A variable that is not sent takes its definition's default (`query ($n: Int = 100)`): the
  // cost read it as unknown, the default page, and ran 100 × 100 × 100 under the limit.
  const defaults = new Map(
    (op.variableDefinitions ?? []).flatMap((v) => (v.defaultValue ? [[v.variable.name.value, valueFromASTUntyped(v.defaultValue)] as const] : [])),
  );
  const pageArg = (name: string, value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || (value as { kind?: unknown }).kind !== Kind.VARIABLE) return value;
    const variables = options.variables ?? {};
    const known = Object.hasOwn(variables, name) ? variables[name] : defaults.get(name);
    return known ?? options.pageSize ?? null;
  };

  // A fragment's cost is computed once and reused at each spread: recomputing it at every
  // spread of a chain of fragments that each spread the next twice takes 2^n steps.
  const perFragment = new Map<string, number>();
  const active = new Set<string>();
  const costOf = (typeName: string, set: SelectionSetNode): number => {
    const type = schema.getType(typeName);
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Cycles are refused by validation; here they must only not loop.
        if (!fragment || active.has(name)) continue;
        let own = perFragment.get(name);
        if (own === undefined) {
          active.add(name);
          own = costOf(fragment.typeCondition.name.value, fragment.selectionSet);
          active.delete(name);
          perFragment.set(name, own);
        }
        total += own;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(selection.typeCondition?.name.value ?? typeName, selection.selectionSet);
      } else if (type && 'getFields' in type) {
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const args: Record<string, unknown> = {};
        for (const arg of selection.arguments ?? []) {
          const name = arg.name.value;
          if (name !== 'first' && name !== 'last') continue;
          args[name] = arg.value.kind === Kind.VARIABLE ? pageArg(arg.value.name.value, arg.value) : valueFromASTUntyped(arg.value);
        }
        const { field: own, multiplier } = fieldCost(args, field as never);
        const named = getNamedType(field.type);
        const children = selection.selectionSet && isCompositeType(named) ? costOf(named.name, selection.selectionSet) : 0;
        total += own + multiplier * children;
      }
    }
    return total;
  };
  return costOf(root.name, op.selectionSet);
}
