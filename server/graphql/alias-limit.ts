import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';

/**
 * Caps the aliases of one operation, counted through fragments (each spread counts its
 * fragment's aliases again, as execution would run them again). Unlike graphql-armor's rule
 * this counts `__typename` aliases too: `a1: __typename … a9999: __typename` costs the server
 * a response key each, and a cap that skips them is no cap.
 */
export function aliasLimit(max: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const count = (set: SelectionSetNode, seen: ReadonlySet<string>): number => {
      let n = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) n += 1;
          if (selection.selectionSet) n += count(selection.selectionSet, seen);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          n += count(selection.selectionSet, seen);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // A fragment cycle is refused by graphql-js's own rule; here it only must not loop.
          if (fragment && !seen.has(name)) n += count(fragment.selectionSet, new Set([...seen, name]));
        }
      }
      return n;
    };
    return {
      OperationDefinition(node) {
        const n = count(node.selectionSet, new Set());
        if (n > max) {
          context.reportError(
            new GraphQLError(`Aliases limit of ${max} exceeded, found ${n}.`, {
              nodes: [node],
              extensions: { messageZh: `别名数量超过上限 ${max}` },
            }),
          );
        }
      },
    };
  };
}
