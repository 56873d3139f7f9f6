import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Sums `weigh(field)` over a selection set, through inline fragments and fragment spreads, the
 * way execution would meet them (each spread counts its fragment again). Each fragment is
 * counted once and its total reused at every spread: counting anew at every spread of a chain
 * of fragments that each spread the next twice takes 2^n steps, and a 4,000-token document
 * would hold the event loop for hours before any limit answered. A fragment cycle is refused by
 * graphql-js's own rule; here it only must not loop. Used by the alias and root-field limits.
 */
export function countThroughFragments(
  document: DocumentNode,
  weigh: (field: FieldNode, count: (set: SelectionSetNode) => number) => number,
): (set: SelectionSetNode) => number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const perFragment = new Map<string, number>();
  const active = new Set<string>();
  const count = (set: SelectionSetNode): number => {
    let n = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) n += weigh(selection, count);
      else if (selection.kind === Kind.INLINE_FRAGMENT) n += count(selection.selectionSet);
      else {
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
  return count;
}
