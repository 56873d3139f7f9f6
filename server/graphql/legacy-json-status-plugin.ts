import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/** Request errors that describe the GraphQL document or its variables, not the HTTP request. */
const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy media type)
 * gets 200 for every well-formed request, with the errors in the body; only
 * `application/graphql-response+json` clients get 400 for document errors. Apollo answers
 * 400 for both; this restores the spec's SHOULD for the legacy type.
 */
export function legacyJsonStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          // Apollo picks graphql-response+json whenever the client lists it; otherwise JSON.
          const accept = request.http?.headers.get('accept') ?? '';
          if (accept.includes('application/graphql-response+json')) return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.length > 0 && errors.every((e) => DOCUMENT_ERRORS.has(String(e.extensions?.code)))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
