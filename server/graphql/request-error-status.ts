import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * Request errors (no `data`: nothing was executed) whose document or variables the server
 * could not accept. GraphQL over HTTP (spec/GraphQLOverHTTP.md, "Status Codes") recommends
 * 422 Unprocessable Content when the request fails validation (the hub's depth, alias, cost
 * and root-field limits are validation rules too), when the operation to run cannot be
 * determined, and when the variables cannot be coerced (the input screen's refusals of
 * variables are such refusals). A document that does not parse stays 400.
 */
const UNPROCESSABLE = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'PAGE_SIZE_EXCEEDED',
]);

/**
 * Apollo answers 400 for every request error. The specification's status codes apply to
 * `application/json` answers as well as `application/graphql-response+json` ones: since its
 * 2026 revision a legacy client is answered "as if the request had specified
 * Accept: application/graphql-response+json", only the media type differs.
 */
export function requestErrorStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if ('data' in result) return;
          const errors = result.errors ?? [];
          if (errors.length > 0 && errors.every((e) => UNPROCESSABLE.has(String(e.extensions?.code)))) {
            response.http.status = 422;
          }
        },
      };
    },
  };
}
