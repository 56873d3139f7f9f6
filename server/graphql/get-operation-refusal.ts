import type { GraphQLFormattedError } from 'graphql';

const APOLLO_GET_REFUSAL = /^GET requests only support query operations, not (\w+) operations$/;

/**
 * A mutation (or subscription) sent with GET: Apollo answers 405 with `Allow: POST` (the
 * GraphQL-over-HTTP specification: GET must not run a mutation), coded BAD_REQUEST and in
 * English only. Said here in both languages, with its own code and what to do instead. Null
 * for any other error.
 */
export function getOperationRefusal(formatted: GraphQLFormattedError, status: number | undefined): GraphQLFormattedError | null {
  const operation = status === 405 ? APOLLO_GET_REFUSAL.exec(formatted.message)?.[1] : undefined;
  if (!operation) return null;
  const [message, messageZh] =
    operation === 'subscription'
      ? ['A subscription cannot be sent with GET: subscriptions run over WebSocket (graphql-transport-ws) at this URL', '订阅不能通过 GET 发送：请通过 WebSocket（graphql-transport-ws 协议）在同一地址发起']
      : [`A ${operation} cannot be sent with GET: send it with POST (GET runs queries only)`, '变更操作（mutation）不能通过 GET 发送，请使用 POST（GET 只能执行查询）'];
  return { message, extensions: { code: 'METHOD_NOT_ALLOWED', messageZh, messageEn: message } };
}
