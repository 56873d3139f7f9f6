import {
  createSourceEventStream,
  execute,
  getOperationAST,
  Kind,
  print,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { isDatabaseUnavailable } from '../db/connection-errors.js';
import { serviceUnavailable } from './unavailable.js';
import { SOURCE_ONLY_ARGUMENTS } from '../../schema/field-extensions.js';

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
 * more of the viewer). Items that are not shared (heartbeats) execute as before; replayed rows
 * are shared too when subscribers catch up together (the stream's aligned blocks).
 *
 * A root field may declare `extensions: { [SOURCE_ONLY_ARGUMENTS]: true }`
 * (schema/field-extensions.ts): variables used only in its arguments then do not split the
 * group, so subscribers resuming from different cursors share the execution of every event
 * they both receive.
 *
 * Each event is executed by a compiled form of the subscription's operation (graphql-jit;
 * compiled once per schema, document text and operation name): a replaying subscriber alone
 * shares nothing, and graphql-js's interpreter (variables coerced again, the selection walked,
 * its garbage) was the largest part of its CPU per row. The resolvers, Pothos's auth wrappers and
 * the scalars' serializers run as before; an operation graphql-jit cannot compile runs through
 * graphql-js `execute`.
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
    result = executeOne(args, payload);
    byGroup.set(group, result);
  }
  return result;
}

/** Compiled operations by schema, then document text and operation name (bounded). */
const compiledBySchema = new WeakMap<GraphQLSchema, Map<string, CompiledQuery | null>>();
const MAX_COMPILED = 200;

function executeOne(args: ExecutionArgs, payload: unknown): Result {
  const compiled = compiledFor(args);
  if (!compiled) return execute({ ...args, rootValue: payload });
  return compiled.query(payload, args.contextValue, args.variableValues ?? null);
}

function compiledFor(args: ExecutionArgs): CompiledQuery | null {
  let bySource = compiledBySchema.get(args.schema);
  if (!bySource) compiledBySchema.set(args.schema, (bySource = new Map()));
  const key = `${args.operationName ?? ''}\n${printedText(args.document)}`;
  let compiled = bySource.get(key);
  if (compiled === undefined) {
    const made = compileQuery(args.schema, args.document, args.operationName ?? undefined);
    compiled = isCompiledQuery(made) ? made : null;
    if (bySource.size >= MAX_COMPILED) bySource.delete(bySource.keys().next().value!);
    bySource.set(key, compiled);
  }
  return compiled;
}

function printedText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function groupOf(args: ExecutionArgs): string {
  const text = printedText(args.document);
  const viewer = (args.contextValue as Context | undefined)?.viewer;
  const who = viewer ? [viewer.role, viewer.insurerId, viewer.partnerId, viewer.providerId].join('|') : '';
  let variables = args.variableValues ?? null;
  if (variables) {
    const ignored = sourceOnlyVariables(args);
    if (ignored.size > 0) variables = Object.fromEntries(Object.entries(variables).filter(([name]) => !ignored.has(name)));
  }
  return JSON.stringify([text, args.operationName ?? null, variables, who]);
}

const sourceOnly = new WeakMap<DocumentNode, Map<string, Set<string>>>();

/** Variables that appear only in the arguments of root fields declared SOURCE_ONLY_ARGUMENTS. */
function sourceOnlyVariables(args: ExecutionArgs): Set<string> {
  let byOperation = sourceOnly.get(args.document);
  if (!byOperation) sourceOnly.set(args.document, (byOperation = new Map()));
  const key = args.operationName ?? '';
  let names = byOperation.get(key);
  if (names) return names;
  names = new Set();
  const operation = getOperationAST(args.document, args.operationName);
  const fields = args.schema.getSubscriptionType()?.getFields();
  const roots = operation?.selectionSet.selections ?? [];
  const declared = roots.every(
    (root) => root.kind === Kind.FIELD && fields?.[root.name.value]?.extensions?.[SOURCE_ONLY_ARGUMENTS] === true,
  );
  if (operation && fields && declared) {
    const inArguments = new Set<string>();
    const elsewhere = new Set<string>();
    const collect = (into: Set<string>) => ({ Variable: (node: { name: { value: string } }) => void into.add(node.name.value) });
    for (const root of roots) {
      if (root.kind !== Kind.FIELD) continue;
      for (const argument of root.arguments ?? []) visit(argument, collect(inArguments));
      for (const directive of root.directives ?? []) visit(directive, collect(elsewhere));
      if (root.selectionSet) visit(root.selectionSet, collect(elsewhere));
    }
    for (const directive of operation.directives ?? []) visit(directive, collect(elsewhere));
    // Fragments may be spread anywhere below the roots: their variables count as used.
    for (const definition of args.document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, collect(elsewhere));
    for (const name of inArguments) if (!elsewhere.has(name)) names.add(name);
  }
  byOperation.set(key, names);
  return names;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}
