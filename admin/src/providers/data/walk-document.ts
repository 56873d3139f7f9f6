import { Kind, visit, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';

const pageInfoOnly: SelectionSetNode = {
  kind: Kind.SELECTION_SET,
  selections: [
    {
      kind: Kind.FIELD,
      name: { kind: Kind.NAME, value: 'pageInfo' },
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: ['endCursor', 'hasNextPage'].map(
          (value) => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value } }) as FieldNode,
        ),
      },
    },
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
