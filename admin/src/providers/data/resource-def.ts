import type { DocumentNode } from 'graphql';

/** A write of one resource: `verbNoun(input: …)` returning `{ <payload> { …record } }`. */
export interface MutationDef {
  document: DocumentNode;
  /** Root field of the mutation, e.g. `draftAgreement`. */
  field: string;
  /** Payload field holding the changed record, e.g. `agreement`. */
  payload: string;
  /** Builds the `input` variable from react-admin's params (data, id, previousData). */
  input: (params: {
    id?: string;
    data: Record<string, unknown>;
    previousData?: Record<string, unknown>;
  }) => Record<string, unknown>;
}

/**
 * How one react-admin resource maps onto the graph. Documents are written with codegen's
 * `graphql()` so variables and results are typed against schema/schema.graphql.
 */
export interface ResourceDef {
  /** `query($first, $after, $filter, $orderBy) { <listField>(…) { totalCount pageInfo edges { node } } }` */
  list: DocumentNode;
  listField: string;
  /** `query($id: ID!) { <oneField>(id: $id) { … } }` */
  one: DocumentNode;
  oneField: string;
  /** A fuller `one` for the Edit screen (`getOne` with `meta: { edit: true }`), e.g. a draft's terms. */
  editOne?: DocumentNode;
  /** `query($ids: [ID!]!) { nodes(ids: $ids) { … on X { … } } }`; defaults to one query per id. */
  many?: DocumentNode;
  /** react-admin sort field → the API's order field enum value. */
  orderFields: Record<string, string>;
  /** Maps the cleaned react-admin filter to the API's filter input (default: as is). */
  filter?: (filter: Record<string, unknown>) => Record<string, unknown>;
  create?: MutationDef;
  update?: MutationDef;
}
