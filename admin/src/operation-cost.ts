import type { DocumentNode, GraphQLSchema } from 'graphql';
import { operationCost as costOfOperation } from '../../schema/operation-cost.js';

/**
 * The hub's query cost of a document (schema/operation-cost.ts, the same function the hub
 * applies before running an operation), with every page-size variable at `pageSize`: the
 * worst case the console can send.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, pageSize: number): number {
  return costOfOperation(schema, document, { pageSize });
}
