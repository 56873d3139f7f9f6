import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { DomainError, InputError } from '../domain/errors.js';
import { isDatabaseUnavailable, isUniqueViolation } from '../db/connection-errors.js';
import { UNAVAILABLE_EXTENSIONS, UNAVAILABLE_MESSAGE } from './unavailable.js';

/** Codes that are safe to show as they are: GraphQL's own and Apollo's request errors. */
const PASS_THROUGH = new Set([
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
]);

/**
 * The one place errors leave the server. Domain errors keep their stable code and carry the
 * message in both languages; GraphQL's own errors pass; anything else is masked as
 * INTERNAL_SERVER_ERROR (the request-log plugin logs it with the request id); no stack
 * trace or file path ever reaches the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        messageZh: original.messageZh,
        messageEn: original.message,
        ...(original instanceof InputError ? { fields: original.issues } : {}),
        ...publicDetails(original.details),
      },
    };
  }
  // Pothos refuses malformed arguments it parses itself (a global ID of the wrong type, a bad
  // cursor, an unsupported first/last combination): the request is wrong, not the server.
  if (original instanceof PothosValidationError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    // Apollo prefixes errors of the context function (credential checks); the client needs only the reason.
    return { ...formatted, message: formatted.message.replace(/^Context creation failed: /, ''), extensions };
  }
  // Errors thrown by graphql-js while coercing variables or validating have no code when
  // they come from execution; they describe the request, not the server, so they pass.
  if (original instanceof GraphQLError && !original.originalError && code === undefined) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  // The database is down or restarting: retryable (HTTP 503 + Retry-After, see unavailable.ts).
  if (isDatabaseUnavailable(original)) {
    return { message: UNAVAILABLE_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { ...UNAVAILABLE_EXTENSIONS } };
  }
  // A generated business number met a unique index (a concurrent write, or a rare clash of the
  // random suffix): nothing was written; the client may simply send the request again.
  if (isUniqueViolation(original)) {
    return {
      message: 'A record with the same unique number already exists; nothing was written, retry the request',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'CONFLICT', messageZh: '编号与已有记录冲突，未写入任何数据，请重试' },
    };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageZh: '服务器内部错误' },
  };
}

/** True when an error is one we expect (input, rules, auth): not worth an error log line. */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof PothosValidationError) return true;
  if (isDatabaseUnavailable(original) || isUniqueViolation(original)) return true;
  if (original instanceof GraphQLError) {
    const code = original.extensions?.code;
    return !original.originalError || (typeof code === 'string' && PASS_THROUGH.has(code));
  }
  return false;
}

function publicDetails(details: Record<string, unknown>): Record<string, unknown> {
  const { issues: _issues, ...rest } = details;
  return rest;
}
