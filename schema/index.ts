import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import { registerNodeTypes } from './global-id.js';
import { checkCursorArguments } from './cursor.js';
import './scalars.js';
import './enums.js';
import './types/index.js';

let schema: GraphQLSchema | null = null;

/** The hub's one graph; built once per process (types register on import). */
export function buildSchema(): GraphQLSchema {
  if (!schema) {
    schema = builder.toSchema({ sortSchema: false });
    registerNodeTypes(schema);
    checkCursorArguments(schema);
  }
  return schema;
}

/** The printed SDL is sorted so that reviewers see API changes, not reordering. */
export function sortedSchema(): GraphQLSchema {
  return lexicographicSortSchema(buildSchema());
}
