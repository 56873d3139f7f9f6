import {
  createSourceEventStream,
  execute,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import type { Context } from '../context.js';
import { isDatabaseUnavailable } from '../db/connection-errors.js';
import { serviceUnavailable } from './unavailable.js';

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * Subscriptions executed once per event and group, not once per subscriber.
 *
 * graphql-js runs the whole execution for every subscriber and every event: it coerces the
 * variables again, walks the selection and runs every field resolver and scalar serializer
 * (DateTime, JSON). With a thousand subscribers that is a thousand identical executions per
 * event. The audit stream hands the same row object to every live subscriber, so the result
 * is computed for the first subscriber of a group and reused by the others. A group is what
 * can change the answer: the document, its variables and operation name, and the viewer's
 * role and tenant (field auth scopes read the role; nothing below the subscription root reads
 * more of the viewer). Items that are not shared (replay pages, heartbeats) execute as before.
 */
const results = new WeakMap<object, Map<string, Result>>();
const printed = new WeakMap<DocumentNode, string>();

export async function sharedSubscribe(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;
  const group = groupOf(args);
  const iterator = source[Symbol.asyncIterator]();
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    [Symbol.asyncIterator]: () => mapped,
    async next() {
      let item: IteratorResult<unknown>;
      try {
        item = await iterator.next();
      } catch (error) {
        // graphql-ws sends a failing source as an error message carrying the thrown error's
        // extensions: a database outage (e.g. mid-replay) must read "retry", not a driver message.
        throw isDatabaseUnavailable(error) ? serviceUnavailable({ http: false }) : error;
      }
      if (item.done) return { value: undefined, done: true };
      return { value: await executeFor(args, item.value, group), done: false };
    },
    // Called when the client completes or the socket closes: end the source at once (it
    // may be waiting for the next live event).
    async return() {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await iterator.return?.();
      throw error;
    },
  };
  return mapped;
}

function executeFor(args: ExecutionArgs, payload: unknown, group: string): Result {
  if (payload === null || typeof payload !== 'object') return execute({ ...args, rootValue: payload });
  let byGroup = results.get(payload);
  if (!byGroup) {
    byGroup = new Map();
    results.set(payload, byGroup);
  }
  let result = byGroup.get(group);
  if (!result) {
    result = execute({ ...args, rootValue: payload });
    byGroup.set(group, result);
  }
  return result;
}

function groupOf(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) {
    text = print(args.document);
    printed.set(args.document, text);
  }
  const viewer = (args.contextValue as Context | undefined)?.viewer;
  const who = viewer ? [viewer.role, viewer.insurerId, viewer.partnerId, viewer.providerId].join('|') : '';
  return JSON.stringify([text, args.operationName ?? null, args.variableValues ?? null, who]);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}
