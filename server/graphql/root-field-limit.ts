import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';

/**
 * Caps the number of root fields in one operation (through fragments too). Depth and cost
 * limits bound one tree; this bounds how many trees a single request may plant, which
 * aliases alone would not (`a: agreements … b: findings …` with distinct fields).
 */
export function rootFieldLimit(max: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // Counted once per fragment (see alias-limit.ts: recounting at every spread is 2^n steps).
    const perFragment = new Map<string, number>();
    const active = new Set<string>();
    const count = (set: SelectionSetNode): number => {
      let n = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value !== '__typename') n += 1;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          n += count(selection.selectionSet);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
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
            new GraphQLError(`Too many root fields: ${n}, at most ${max} per operation (split the request).`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX', messageZh: `根字段过多：${n} 个，单个操作最多 ${max} 个` },
            }),
          );
        }
      },
    };
  };
}
