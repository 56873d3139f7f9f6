import type { GraphQLFormattedError } from 'graphql';

/**
 * GraphQL's own and Apollo's request errors, shown as they are with a Chinese lead-in: their
 * English names the variable, path or limit the client must fix (format-error.ts formats the
 * rest).
 */

/** Codes that are safe to show as they are: GraphQL's own and Apollo's request errors. */
export const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_ALLOWED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PAGE_SIZE_EXCEEDED',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
  'CLIENT_CLOSED_REQUEST', // a graphql-ws operation its client completed or closed before it ran (ws.ts)
]);

export function passThrough(formatted: GraphQLFormattedError, code: string): GraphQLFormattedError {
  const { stacktrace: _drop, http: _http, ...extensions } = formatted.extensions ?? {};
  // Apollo prefixes errors of the context function (credential checks); the client needs only the reason.
  const message = maskSuggestions(formatted.message.replace(/^Context creation failed: /, ''));
  return { ...formatted, message, extensions: { ...bilingual(code, message), ...extensions } };
}

/**
 * The zh lead-in of graphql-js's and Apollo's own errors, which come in English only: the
 * variable coercion errors Apollo codes BAD_USER_INPUT (`Variable "$first" got invalid value
 * 1.5; Int cannot represent non-integer value`), parse and validation failures. The English
 * detail follows the lead-in, since it names the variable and path the client must fix.
 * Errors that carry their own messageZh (limits, domain errors) keep it.
 */
const ZH_LEAD: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询语法有误',
  GRAPHQL_VALIDATION_FAILED: '查询未通过校验',
  BAD_USER_INPUT: '输入有误',
  BAD_REQUEST: '请求格式有误',
  PERSISTED_QUERY_NOT_FOUND: '未找到该持久化操作，请连同查询文本重新发送',
  PERSISTED_QUERY_NOT_SUPPORTED: '不支持持久化操作',
  PERSISTED_QUERY_NOT_ALLOWED: '不允许此持久化操作',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作',
  UNAUTHENTICATED: '未登录或凭证无效',
  FORBIDDEN: '无权执行此操作',
  PAGE_SIZE_EXCEEDED: '分页大小超出上限',
  RATE_LIMITED: '请求过于频繁，请稍后重试',
  QUERY_TOO_COMPLEX: '查询过于复杂',
  SERVICE_UNAVAILABLE: '服务暂不可用，请稍后重试',
};

function bilingual(code: string, message: string): { messageZh: string; messageEn: string } {
  return { messageZh: operationResolutionZh(code, message) ?? `${ZH_LEAD[code] ?? '请求有误'}：${message}`, messageEn: message };
}

/**
 * graphql-js's and Apollo's few sentences for an operation that cannot be chosen, in Chinese
 * whole: the lead-in followed by English said the same thing twice to a reader of zh and named
 * nothing the English did not (the name given, which is kept).
 */
function operationResolutionZh(code: string, message: string): string | null {
  if (code !== 'OPERATION_RESOLUTION_FAILURE') return null;
  if (message === 'Must provide operation name if query contains multiple operations.') return '文档包含多个操作，请用 operationName 指明要执行的操作';
  if (message === 'Must provide an operation.' || message === 'No operation found in the document.') return '文档中没有可执行的操作';
  const unknown = /^Unknown operation named "(.*)"\.$/s.exec(message);
  return unknown ? `文档中没有名为 "${unknown[1]}" 的操作` : null;
}

/** "Did you mean …" would name the schema's values to a caller without introspection. */
export function maskSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .+?\?/g, '').trim();
}
