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
    // Each fragment is counted once and its total reused at every spread: counting a chain of
    // fragments that each spread the next twice anew at every spread takes 2^n steps, and a
    // 4,000-token document would hold the event loop for hours before any limit answered.
    const perFragment = new Map<string, number>();
    const active = new Set<string>();
    const count = (set: SelectionSetNode): number => {
      let n = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) n += 1;
          if (selection.selectionSet) n += count(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          n += count(selection.selectionSet);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // A fragment cycle is refused by graphql-js's own rule; here it only must not loop.
          if (!fragment || active.has(name)) continue;
          let own = perFragment.get(name);
          if (own === undefined) {
            active.add(name);
            own = count(fragment.selectionSet);
            active.delete(name);
            perFragment.set(name, own);
          }
          n += own;
        }
      }
      return n;
    };
    return {
      OperationDefinition(node) {
        const n = count(node.selectionSet);
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
