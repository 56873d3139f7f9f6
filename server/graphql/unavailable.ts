import { GraphQLError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/** What a client is told to wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 2;

export const UNAVAILABLE_EXTENSIONS = {
  code: 'SERVICE_UNAVAILABLE',
  messageZh: `服务暂时不可用（数据库无法连接），请 ${RETRY_AFTER_SECONDS} 秒后重试`,
  retryAfterSeconds: RETRY_AFTER_SECONDS,
} as const;

export const UNAVAILABLE_MESSAGE = `Service temporarily unavailable (database unreachable); retry in ${RETRY_AFTER_SECONDS} s`;

/**
 * For paths that answer before Apollo's formatter runs (the context function, WebSocket
 * subscribe, a subscription's source failing mid-stream). Over WebSocket there is no HTTP
 * status to set (`http: false`): the code alone tells the client to retry.
 */
export function serviceUnavailable(options: { http?: boolean } = {}): GraphQLError {
  const http =
    options.http === false
      ? {}
      : { http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) } };
  return new GraphQLError(UNAVAILABLE_MESSAGE, { extensions: { ...UNAVAILABLE_EXTENSIONS, ...http } });
}

/**
 * A database outage met during execution is formatted as SERVICE_UNAVAILABLE
 * (format-error.ts); this turns the answer into HTTP 503 with Retry-After, so clients and
 * load balancers retry instead of treating it as a server bug.
 */
export function unavailablePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors = [] } = response.body.singleResult;
          if (!errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          // GraphQL over HTTP: an answer with (partial) data MUST be 2xx; the outage shows in
          // the failed fields' errors, and the fields that resolved are delivered.
          if (data !== undefined && data !== null) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
