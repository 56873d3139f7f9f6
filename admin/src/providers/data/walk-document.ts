import { Kind, visit, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';

const field = (value: string, selectionSet?: SelectionSetNode): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value },
  ...(selectionSet ? { selectionSet } : {}),
});

// `__typename` as codegen adds it to every document (codegen.ts): Apollo then adds nothing, and
// the walk is the same text as its entry in the persisted-operations allow-list.
const pageInfoOnly: SelectionSetNode = {
  kind: Kind.SELECTION_SET,
  selections: [
    field('__typename'),
    field('pageInfo', {
      kind: Kind.SELECTION_SET,
      selections: [field('__typename'), field('endCursor'), field('hasNextPage')],
    }),
  ],
};

/**
 * The list query with the connection's selection reduced to `pageInfo { endCursor hasNextPage }`:
 * what a page jump needs to walk the cursors between pages without loading their rows' fields.
 * Fragment definitions the list used are dropped with their spreads.
 */
export function walkDocument(list: DocumentNode, listField: string): DocumentNode {
  const reduced = visit(list, {
    Field: {
      enter(node, _key, _parent, _path, ancestors) {
        const depth = ancestors.filter((a) => (a as { kind?: string }).kind === Kind.FIELD).length;
        if (depth === 0 && node.name.value === listField) return { ...node, selectionSet: pageInfoOnly };
        return undefined;
      },
    },
    OperationDefinition: {
      leave(node) {
        return {
          ...node,
          name: node.name ? { ...node.name, value: `${node.name.value}Cursors` } : node.name,
        };
      },
    },
  });
  return { ...reduced, definitions: reduced.definitions.filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION) };
}
