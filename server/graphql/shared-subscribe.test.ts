import { describe, expect, it } from 'vitest';
import { GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { sharedSubscribe } from './shared-subscribe.js';

/** A stand-in for the audit stream: every subscriber's source yields the same row objects. */
function schemaOver(source: () => AsyncIterableIterator<object>, onResolve: () => void) {
  const Event = new GraphQLObjectType({
    name: 'Event',
    fields: { seq: { type: GraphQLString, resolve: (e: { seq: string }) => (onResolve(), e.seq) } },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: { events: { type: Event, subscribe: source, resolve: (e: object) => e } },
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
