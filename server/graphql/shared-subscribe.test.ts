import { describe, expect, it } from 'vitest';
import { GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { sharedSubscribe } from './shared-subscribe.js';
import { SOURCE_ONLY_ARGUMENTS } from '../../schema/field-extensions.js';

/** A stand-in for the audit stream: every subscriber's source yields the same row objects. */
function schemaOver(source: () => AsyncIterableIterator<object>, onResolve: () => void) {
  const Event = new GraphQLObjectType({
    name: 'Event',
    fields: {
      seq: { type: GraphQLString, resolve: (e: { seq: string }) => (onResolve(), e.seq) },
      echo: {
        type: GraphQLString,
        args: { text: { type: GraphQLString } },
        resolve: (_e, args: { text?: string }) => args.text,
      },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        events: { type: Event, subscribe: source, resolve: (e: object) => e },
        // Like auditEvents: the argument chooses the source, the per-event resolver ignores it.
        resumable: {
          type: Event,
          args: { after: { type: GraphQLString } },
          extensions: { [SOURCE_ONLY_ARGUMENTS]: true },
          subscribe: source,
          resolve: (e: object) => e,
        },
      },
    }),
  });
}

async function* rows(items: object[]) {
  for (const item of items) yield item;
}

const viewer = (role: string) => ({ viewer: { role, insurerId: 'i1', partnerId: null, providerId: null } });

describe('sharedSubscribe', () => {
  it('executes a shared event once per group of identical subscriptions, and again for another group', async () => {
    const shared = [{ seq: '1' }, { seq: '2' }];
    let resolved = 0;
    const schema = schemaOver(
      () => rows(shared),
      () => (resolved += 1),
    );
    const document = parse('subscription { events { seq } }');
    const open = async (contextValue: object) =>
      (await sharedSubscribe({ schema, document, contextValue })) as AsyncIterableIterator<ExecutionResult>;
    const subscribers = [
      await open(viewer('INTEGRATOR')),
      await open(viewer('INTEGRATOR')),
      await open(viewer('PLATFORM_ADMIN')),
    ];
    const received = [];
    for (const subscriber of subscribers) {
      for (let i = 0; i < 2; i += 1) received.push((await subscriber.next()).value);
    }
    expect(received.map((r) => (r.data as { events: { seq: string } }).events.seq)).toEqual([
      '1',
      '2',
      '1',
      '2',
      '1',
      '2',
    ]);
    // Two groups (two roles) × two events: four executions for six deliveries.
    expect(resolved).toBe(4);
  });

  it('does not split a group on variables that only choose the source, and does on any other', async () => {
    const shared = [{ seq: '1' }];
    let resolved = 0;
    const schema = schemaOver(
      () => rows(shared),
      () => (resolved += 1),
    );
    const run = async (query: string, variableValues: Record<string, unknown>) => {
      const it = (await sharedSubscribe({
        schema,
        document: parse(query),
        variableValues,
        contextValue: viewer('INTEGRATOR'),
      })) as AsyncIterableIterator<ExecutionResult>;
      return (await it.next()).value as ExecutionResult;
    };
    const cursorOnly = 'subscription($after: String) { resumable(after: $after) { seq } }';
    await run(cursorOnly, { after: '10' });
    await run(cursorOnly, { after: '20' });
    expect(resolved).toBe(1); // two cursors, one execution
    // The same variable also read below the root: its value changes the answer, so it splits.
    const alsoEchoed = 'subscription($after: String) { resumable(after: $after) { seq echo(text: $after) } }';
    const a = await run(alsoEchoed, { after: '10' });
    const b = await run(alsoEchoed, { after: '20' });
    expect([a.data, b.data]).toEqual([
      { resumable: { seq: '1', echo: '10' } },
      { resumable: { seq: '1', echo: '20' } },
    ]);
    // A root field without the declaration keeps every variable in the group.
    resolved = 0;
    const plain = 'subscription($x: String) { events { seq } }';
    await run(plain, { x: '1' });
    await run(plain, { x: '2' });
    expect(resolved).toBe(2);
  });

  it('turns a database outage in the source into a retryable SERVICE_UNAVAILABLE', async () => {
    const outage = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
      code: 'P1001',
    });
    // eslint-disable-next-line require-yield
    const failing = async function* () {
      throw outage;
    };
    const schema = schemaOver(failing, () => undefined);
    const iterator = (await sharedSubscribe({
      schema,
      document: parse('subscription { events { seq } }'),
      contextValue: viewer('INTEGRATOR'),
    })) as AsyncIterableIterator<ExecutionResult>;
    const error = await iterator.next().catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(String((error as Error).message)).not.toContain('127.0.0.1');
  });
});
