import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/** Request errors that describe the GraphQL document or its variables, not the HTTP request. */
const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: an answer in `application/json` (the legacy media type) is 200 for every
 * well-formed request, with the errors in the body; only one in
 * `application/graphql-response+json` is 400 for document errors. Apollo answers 400 for both;
 * this restores the spec's SHOULD for the legacy type.
 *
 * The status follows the media type the answer is sent in (negotiated once, for the context:
 * server/auth/http-exchange.ts), which is set here so the two cannot disagree. It followed
 * whether Accept merely named graphql-response+json: `application/graphql-response+json;q=0,
 * application/json` or `application/json, application/graphql-response+json;q=0.5` got an
 * `application/json` answer with 400.
 */
export function legacyJsonStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          const mediaType = contextValue.http?.mediaType;
          if (!mediaType) return;
          if (!response.http.headers.has('content-type')) response.http.headers.set('content-type', mediaType);
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          if (!mediaType.startsWith('application/json')) return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.length > 0 && errors.every((e) => DOCUMENT_ERRORS.has(String(e.extensions?.code)))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
