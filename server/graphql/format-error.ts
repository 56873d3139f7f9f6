import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { DomainError, InputError, typedError, type DomainErrorCode, type FieldIssue } from '../domain/errors.js';
import { ValueRefusal } from '../../schema/value-refusal.js';
import { fieldMessageZh } from '../domain/field-messages.js';
import { isDatabaseUnavailable, isForeignKeyViolation } from '../db/connection-errors.js';
import { UNAVAILABLE_EXTENSIONS, UNAVAILABLE_MESSAGE } from './unavailable.js';
import { getOperationRefusal } from './get-operation-refusal.js';
import { validationAborted } from './validation-aborted.js';
import { maskCredentials, maskInlineCredential } from './mask-credentials.js';
import { PASS_THROUGH, maskSuggestions, passThrough } from './pass-through-errors.js';

/** The HTTP status a typed error answers with when it fails a whole request (not one field). */
const HTTP_STATUS: Partial<Record<DomainErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  PAGE_SIZE_EXCEEDED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  ACCOUNT_LOCKED: 423,
};

export function httpStatusOf(error: DomainError): number {
  return HTTP_STATUS[error.code] ?? 400;
}

/**
 * The transport's view of a typed error raised before execution (credential, input screen):
 * a GraphQLError carrying the code, both languages and the HTTP status. Auth and domain code
 * never build these themselves.
 */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      messageZh: error.messageZh,
      messageEn: error.message,
      ...(error instanceof InputError ? { fields: error.issues } : {}),
      ...publicDetails(error.details),
      http: { status: httpStatusOf(error) },
    },
  });
}

/**
 * The one place errors leave the server, over HTTP and WebSocket alike. Domain errors keep
 * their stable code and carry the message in both languages; GraphQL's own errors pass (with
 * field suggestions masked: they would map the schema for a caller without introspection);
 * anything else is masked as INTERNAL_SERVER_ERROR (the pipeline logs it with the request
 * id); no stack trace or file path ever reaches the client.
 */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

export function formatError(raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const formatted = { ...raw, message: maskInlineCredential(maskCredentials(raw.message, error), error) };
  const original = unwrapResolverError(error);
  // A foreign key's refusal is typed for the client but not expected (isExpectedError): logged.
  const domain = domainErrorOf(original);
  if (domain) {
    return {
      message: domain.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: domain.code,
        messageZh: domain.messageZh,
        messageEn: domain.message,
        ...(domain instanceof InputError ? { fields: domain.issues } : {}),
        ...publicDetails(domain.details),
      },
    };
  }
  // Pothos refuses malformed arguments it parses itself (a bad cursor, an unsupported
  // first/last combination): the request is wrong, not the server.
  if (original instanceof PothosValidationError) {
    return badInput(formatted, original.message);
  }
  // A scalar refusing a literal (a date out of range, a negative amount) is reported by
  // graphql-js's validation; the refusal is about the value, so it is BAD_USER_INPUT. So is a
  // variable graphql-js could not coerce (`"$after" got invalid value 12; String cannot
  // represent a non string value`): Apollo codes it over HTTP, but over the socket it arrived
  // uncoded, wrapping the built-in scalar's error, and was masked as INTERNAL_SERVER_ERROR.
  if (original instanceof GraphQLError && scalarRefusal(original)) {
    return refusedValue(formatted, original);
  }
  if (original instanceof GraphQLError && variableRefusal(original)) {
    return badInput(formatted, maskSuggestions(formatted.message), variablePath(formatted.message));
  }
  const code = formatted.extensions?.code;
  const overGet = original instanceof GraphQLError ? getOperationRefusal(formatted, httpStatusOfRaw(original)) : null;
  if (overGet) return overGet;
  if (code === 'GRAPHQL_VALIDATION_FAILED') return validationAborted(formatted) ?? passThrough(formatted, code);
  if (typeof code === 'string' && PASS_THROUGH.has(code)) return passThrough(formatted, code);
  // Errors thrown by graphql-js while coercing variables or validating have no code when
  // they come from execution; they describe the request, not the server, so they pass.
  if (original instanceof GraphQLError && !original.originalError && code === undefined) {
    return badInput(formatted, maskSuggestions(formatted.message));
  }
  // Apollo refuses a malformed persisted-query extension (a version other than 1, a hash that
  // does not match the text, `persistedQuery: "x"`) with an uncoded error marked HTTP 400,
  // which its own formatting then codes INTERNAL_SERVER_ERROR: it is about the request.
  if (original instanceof GraphQLError && !original.originalError && original.extensions?.code === undefined && httpStatusOfRaw(original) === 400) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_REQUEST', messageZh: `请求格式有误：${original.message}`, messageEn: original.message },
    };
  }
  // graphql-js stops coercing variables after 50 refusals and says so in an error Apollo
  // leaves uncoded: it is about the request (thousands of bad list items), not the server.
  if (original instanceof GraphQLError && !original.originalError && TOO_MANY_VARIABLE_ERRORS.test(original.message)) {
    return badInput(formatted, original.message);
  }
  // The database is down or restarting: retryable (HTTP 503 + Retry-After, see unavailable.ts).
  if (isDatabaseUnavailable(original)) {
    return {
      message: UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...UNAVAILABLE_EXTENSIONS },
    };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      messageZh: '服务器内部错误',
      messageEn: 'Internal server error',
    },
  };
}

/** True when an error is one we expect (input, rules, auth): not worth an error log line. */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  // A foreign key's refusal is answered NOT_FOUND but logged: a command missed checking what it names.
  if (isForeignKeyViolation(original)) return false;
  if (domainErrorOf(original) || original instanceof PothosValidationError) return true;
  if (isDatabaseUnavailable(original)) return true;
  if (original instanceof GraphQLError) {
    const code = original.extensions?.code;
    return (
      !original.originalError ||
      TOO_MANY_VARIABLE_ERRORS.test(original.message) ||
      scalarRefusal(original) !== null ||
      variableRefusal(original) ||
      (typeof code === 'string' && PASS_THROUGH.has(code))
    );
  }
  return false;
}

function httpStatusOfRaw(error: GraphQLError): number | undefined {
  const http = error.extensions?.http as { status?: unknown } | undefined;
  return typeof http?.status === 'number' ? http.status : undefined;
}

function domainErrorOf(error: unknown): DomainError | null {
  // A domain error, or the database refusing the input (a unique index, a foreign key).
  const typed = typedError(error);
  if (typed) return typed;
  // toGraphQLError wraps one (context creation, the input screen).
  if (error instanceof GraphQLError && error.originalError instanceof DomainError) return error.originalError;
  return null;
}

/** graphql-js's refusal of a variable's value, raised before execution (so at no field path). */
function variableRefusal(error: GraphQLError): boolean {
  return error.path === undefined && /^Variable "\$\w+" (got invalid value|of non-null type|of required type)/.test(error.message);
}

/** Our scalars refuse values with ValueRefusal; graphql-js (and Apollo) keep it as originalError. */
function scalarRefusal(error: GraphQLError): ValueRefusal | null {
  let cause: unknown = error.originalError;
  while (cause instanceof GraphQLError) {
    if (cause instanceof ValueRefusal) return cause;
    cause = cause.originalError;
  }
  return null;
}

/**
 * A scalar's refusal in both languages: the English keeps graphql-js's sentence (it names the
 * variable and the path), the Chinese says what is wrong with the value (a console shows it
 * beside the field and in its notification, never graphql-js's English sentence).
 */
function refusedValue(formatted: GraphQLFormattedError, error: GraphQLError): GraphQLFormattedError {
  const reason = scalarRefusal(error)!.message;
  const zh = fieldMessageZh(reason);
  const message = maskSuggestions(formatted.message);
  const fields = variablePath(formatted.message)?.map((f) => ({ ...f, messageEn: f.message, messageZh: zh }));
  const out = badInput(formatted, message, fields);
  out.extensions!.messageZh = `输入有误：${zh}`;
  return out;
}

function badInput(
  formatted: GraphQLFormattedError,
  message: string,
  fields?: FieldIssue[],
): GraphQLFormattedError {
  return {
    message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: 'BAD_USER_INPUT',
      messageZh: `输入有误：${message}`,
      messageEn: message,
      ...(fields ? { fields } : {}),
    },
  };
}

/**
 * graphql-js names the variable and the path inside it when a variable's value is refused:
 * `Variable "$input" got invalid value -1 at "input.amountFen"; Fen must not be negative`.
 * That path is returned in the same shape as a command's field issues (`["input", "amountFen"]`).
 */
function variablePath(message: string): FieldIssue[] | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message);
  if (!match) return undefined;
  const where = match[2] ?? match[1]!;
  const path = where
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  // The field's message too: "Did you mean …" would name the schema's values to a caller
  // without introspection, as the top-level message would (maskSuggestions).
  return [{ path, message: maskSuggestions(match[3]!) }];
}

function publicDetails(details: Record<string, unknown>): Record<string, unknown> {
  const { issues: _issues, ...rest } = details;
  return rest;
}
