import {
  Kind,
  getNamedType,
  isCompositeType,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { fieldCost } from '../../schema/query-cost.js';

/**
 * The hub's query cost of a document (schema/query-cost.ts, applied by the schema's
 * complexity plugin: a field's own cost plus its multiplier times its selections' cost), with
 * every page-size variable at `pageSize`: the worst case the console can send.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, pageSize: number): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root =
    op.operation === 'mutation'
      ? schema.getMutationType()
      : op.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const costOf = (typeName: string, set: SelectionSetNode): number => {
    const type = schema.getType(typeName);
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) total += costOf(fragment.typeCondition.name.value, fragment.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(selection.typeCondition?.name.value ?? typeName, selection.selectionSet);
      } else if (type && 'getFields' in type) {
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const args: Record<string, unknown> = {};
        for (const arg of selection.arguments ?? []) {
          args[arg.name.value] =
            arg.value.kind === Kind.VARIABLE
              ? ['first', 'last'].includes(arg.name.value)
                ? pageSize
                : null
              : valueFromASTUntyped(arg.value);
        }
        const { field: own, multiplier } = fieldCost(args, field as never);
        const named = getNamedType(field.type);
        const children =
          selection.selectionSet && isCompositeType(named) ? costOf(named.name, selection.selectionSet) : 0;
        total += own + multiplier * children;
      }
    }
    return total;
  };
  return costOf(root.name, op.selectionSet);
}
