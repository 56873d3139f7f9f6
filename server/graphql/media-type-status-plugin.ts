import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * Request errors that describe the GraphQL document, its variables or the operation it names,
 * not the HTTP request. An operation that cannot be chosen (two operations and no
 * operationName, an unknown name) fails GraphQL's GetOperation, a request error like a parse
 * or validation failure: it was 400 under `application/json` too, where the spec's SHOULD and
 * graphql-http's reference server answer 200.
 */
const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The HTTP status of an answer follows the media type it is sent in (GraphQL over HTTP):
 *
 * - `application/json` (the legacy type): 200 for every well-formed request, with the errors in
 *   the body. Apollo answers 400 to document errors for both types; this restores the spec's
 *   SHOULD for the legacy one.
 * - `application/graphql-response+json`: an answer without `data` MUST be 4xx or 5xx. Apollo
 *   answers an unknown persisted-query hash (PERSISTED_QUERY_NOT_FOUND) with 200, so that
 *   clients of the legacy type retry with the text; here it is 404, as Apollo Router answers
 *   it (Apollo Client's persisted-query link reads the errors of a 4xx body and retries), with
 *   the hub's `no-store` instead of Apollo's `private, no-cache`.
 *
 * The media type is negotiated once, for the context (server/auth/http-exchange.ts), and set
 * on the answer here so the type and the status cannot disagree. The status followed whether
 * Accept merely named graphql-response+json: `application/graphql-response+json;q=0,
 * application/json` got an `application/json` answer with 400.
 */
export function mediaTypeStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          const mediaType = contextValue.http?.mediaType;
          if (!mediaType || response.body.kind !== 'single') return;
          const { http } = response;
          if (!http.headers.has('content-type')) http.headers.set('content-type', mediaType);
          // Apollo's persisted-query errors carry `private, no-cache`; every answer here is no-store.
          http.headers.set('cache-control', 'no-store');
          const result = response.body.singleResult;
          const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
          if (mediaType.startsWith('application/json')) {
            if (http.status === 400 && codes.length > 0 && codes.every((code) => DOCUMENT_ERRORS.has(code))) http.status = 200;
            return;
          }
          if ((http.status ?? 200) < 400 && !('data' in result)) {
            http.status = codes.includes('PERSISTED_QUERY_NOT_FOUND') ? 404 : 400;
          }
        },
      };
    },
  };
}
