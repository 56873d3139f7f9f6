/**
 * What is wrong with a client's graphql-ws message, said in the 4400 close's reason.
 * PROTOCOL.md closes an invalid message with `4400: <error-message>`; graphql-ws's server says
 * "Invalid message received" whatever the fault, so a client whose `variables` went out as a
 * JSON string, or whose persisted-query hash came without the document, learnt only that some
 * frame was wrong. A close reason is at most 123 bytes: every reason here is ASCII and short,
 * and what the client sent is echoed only as a type name (`got string`).
 *
 * The checks are graphql-ws's own (validateMessage, common.ts), in the same order; the message
 * still goes through graphql-ws's parser after these. The frame is parsed once, here.
 */
export function readClientMessage(text: string): { message: Record<string, unknown> } | { problem: string } {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { problem: 'Invalid message: not JSON' };
  }
  const problem = messageProblem(message);
  return problem === null ? { message: message as Record<string, unknown> } : { problem };
}

function messageProblem(message: unknown): string | null {
  // Only an object is a message (a JSON string must not be handed on: it would be parsed again).
  if (!isObject(message)) return `Invalid message: a JSON object is expected, got ${typeName(message)}`;
  const { type, id, payload } = message;
  if (typeof type !== 'string' || !CLIENT_TYPES.has(type)) {
    // Messages only a server sends: graphql-ws closed them with 4500 Internal server error.
    if (SERVER_TYPES.has(type)) return `Invalid message: ${String(type)} is sent by the server, not the client`;
    return typeof type === 'string' ? 'Invalid message: unknown type (connection_init, ping, pong, subscribe or complete)' : `Invalid message: type must be a string, got ${typeName(type)}`;
  }
  if (type === 'connection_init' || type === 'ping' || type === 'pong') {
    return payload == null || isObject(payload) ? null : `Invalid ${type}: payload must be an object or null, got ${typeName(payload)}`;
  }
  if (typeof id !== 'string' || id === '') return `Invalid ${type}: id must be a non-empty string, got ${id === '' ? 'an empty string' : typeName(id)}`;
  // The id goes into the operation's request id, kept with every access-log row of its reads
  // (PostgreSQL) and every log line: a 1 MB id was stored once per read. Clients use UUIDs.
  if (id.length > MAX_ID_LENGTH) return `Invalid ${type}: id must be at most ${MAX_ID_LENGTH} characters, got ${id.length}`;
  if (type === 'complete') return null;
  if (!isObject(payload)) return `Invalid subscribe: payload must be an object, got ${typeName(payload)}`;
  if (typeof payload.query !== 'string') {
    // A persisted query's hash stands for the document over HTTP only.
    return `Invalid subscribe: payload.query must be the document's text (a string), got ${typeName(payload.query)}`;
  }
  if (payload.variables != null && !isObject(payload.variables)) return `Invalid subscribe: payload.variables must be an object or null, got ${typeName(payload.variables)}`;
  if (payload.operationName != null && typeof payload.operationName !== 'string') return `Invalid subscribe: payload.operationName must be a string or null, got ${typeName(payload.operationName)}`;
  if (payload.extensions != null && !isObject(payload.extensions)) return `Invalid subscribe: payload.extensions must be an object or null, got ${typeName(payload.extensions)}`;
  return null;
}

/** Longer than any id a client makes (graphql-ws's are UUIDs, 36 characters). */
const MAX_ID_LENGTH = 128;
const CLIENT_TYPES = new Set(['connection_init', 'ping', 'pong', 'subscribe', 'complete']);
/** What only a server sends (PROTOCOL.md gives each message one direction). */
const SERVER_TYPES = new Set<unknown>(['connection_ack', 'next', 'error']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function typeName(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
