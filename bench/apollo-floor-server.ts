/**
 * The floor of the hub's fixed stack (issue 14's "what it would take"): Express 5 + Apollo
 * Server 5 + graphql-js, the layers the product's design fixes, answering the hub's own three
 * documents with NO ORM, no Pothos, no tenant policy layer, no access log: each root field runs
 * the SQL limit's one prepared statement (bench/queries.ts, PostgreSQL builds the JSON) and
 * graphql-js's default resolvers walk the parsed tree. It is what a hub that compiled every
 * operation into one statement would still pay per request for HTTP, Apollo's pipeline and
 * graphql-js execution. Its answers are the SQL limit's (bench:floor checks them).
 * `receiveTipOff` is the append floor (bench:events with BENCH_APPEND_FLOOR=1): the hub's one
 * statement for it (the tip-off and `audit_append`, insertWithEvent) through `pg` directly.
 * Sent `{ __typename }` instead, it measures HTTP + Apollo alone (the key check, no statement).
 * `FLOOR_JIT=1` executes with graphql-jit instead of graphql-js (through Apollo's gateway
 * executor hook, compiled once per parsed document): the floor with compiled execution.
 *   POST /graphql  {"query": GRAPHQL[q], "variables": {…}}  Authorization: Bearer ahk_…
 */
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import pg from 'pg';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSchema, GraphQLError, type DocumentNode, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { InsurerKeyCache } from './key-cache.js';
import { SQL, sqlParams, type QueryName } from './queries.js';
import { bodyDigest, canonicalJson, type EventBody } from '../server/audit/canonical.js';
import { APPEND_LOCK_KEY, AUDIT_CHANNEL, EVENT_SOURCE } from '../server/audit/append-event.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 10, options: '-c jit=off' });
const keys = new InsurerKeyCache(pool);
let statements = 0;

// Only the types and arguments the three documents use, with the hub's names; scalars keep the
// statement's JSON values as they are (buildSchema's custom scalars serialise by identity).
const schema = buildSchema(/* GraphQL */ `
  scalar Date
  scalar DateTime
  scalar Fen
  enum PenaltyStatus { APPEALED CLOSED EXECUTED ISSUED OVERTURNED PROPOSED REDUCED UPHELD }
  enum PenaltyOrderField { PROPOSED_AT }
  enum OrderDirection { ASC DESC }
  input PenaltyFilter { status: [PenaltyStatus!] }
  input PenaltyOrder { field: PenaltyOrderField!, direction: OrderDirection }
  type Insurer { id: ID! code: String! nameZh: String! regionCode: String! }
  type Provider {
    id: ID! code: String! nameZh: String! kind: String! regionCode: String!
    agreements(first: Int): AgreementConnection!
  }
  type Agreement {
    id: ID! number: String! kind: String! status: String! startsOn: Date! endsOn: Date! signedAt: DateTime
    provider: Provider insurer: Insurer
    penalties(first: Int): PenaltyConnection!
  }
  type Penalty { id: ID! number: String! measure: String! status: PenaltyStatus! amountFen: Fen proposedAt: DateTime provider: Provider }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ProviderEdge { node: Provider! }
  type ProviderConnection { totalCount: Int! edges: [ProviderEdge!]! }
  type AgreementEdge { node: Agreement! }
  type AgreementConnection { totalCount: Int! edges: [AgreementEdge!]! }
  type PenaltyEdge { cursor: String! node: Penalty! }
  type PenaltyConnection { totalCount: Int! pageInfo: PageInfo edges: [PenaltyEdge!]! }
  input ReceiveTipOffInput { insurerId: ID, channel: String!, summary: String! }
  type ReceiveTipOffPayload { auditSeq: String! }
  type Mutation { receiveTipOff(input: ReceiveTipOffInput!): ReceiveTipOffPayload! }
  type Query {
    agreement(id: ID!): Agreement
    providers(first: Int): ProviderConnection!
    penalties(first: Int, filter: PenaltyFilter, orderBy: PenaltyOrder): PenaltyConnection!
  }
`);

interface FloorContext { insurerId: string }

/** A root field answered by one prepared statement; its JSON's top key is the field's name. */
function statementResolver(query: QueryName, field: string): GraphQLFieldResolver<unknown, FloorContext> {
  return async (_root, args, { insurerId }) => {
    statements++;
    const variables = query === 'q3' ? { status: (args as { filter: { status: string[] } }).filter.status[0] } : args;
    const { rows } = await pool.query<{ data: string }>({
      name: `floor_${query}`, text: SQL[query], values: [insurerId, ...sqlParams(query, variables)],
    });
    return (JSON.parse(rows[0]!.data) as Record<string, unknown>)[field];
  };
}
const fields = schema.getQueryType()!.getFields();
fields.agreement!.resolve = statementResolver('q1', 'agreement');
fields.providers!.resolve = statementResolver('q2', 'providers');
fields.penalties!.resolve = statementResolver('q3', 'penalties');

/** graphql-jit as Apollo's executor; Apollo keeps parsing, validation and the HTTP pipeline. */
function jitGateway(compiledSchema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, CompiledQuery>();
  return {
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: compiledSchema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({
      executor: async ({ document, request, operationName, context }) => {
        let query = compiled.get(document);
        if (!query) {
          const result = compileQuery(compiledSchema, document, operationName ?? undefined);
          if (!isCompiledQuery(result)) return result;
          compiled.set(document, (query = result));
        }
        return query.query(undefined, context, request.variables ?? {});
      },
    }),
    stop: async () => {},
  };
}

/** The hub's one statement for a tip-off (server/audit/append-event.ts `insertWithEvent`). */
const RECEIVE = `WITH "entity" AS (INSERT INTO "TipOff" (id, number, "insurerId", "providerId", channel, summary, "receivedAt")
    VALUES ($1::uuid, $2, $3::uuid, NULL, $4::"TipOffChannel", $5, $6::timestamptz) RETURNING *)
  SELECT "entity".*, a."seq" AS "__audit_seq", a."hash" AS "__audit_hash" FROM "entity" CROSS JOIN LATERAL "audit_append"($7::uuid, $8, $9, $10, $11,
    "entity"."id"::text, $12::timestamptz, $13::jsonb, $14::"ActorType", $15, $16, $3::uuid, NULL::uuid, NULL::uuid, $17, $18::bigint, $19) AS a`;
let tipOffs = 0;

/** The same statement as the hub's receiveTipOff (server/domain/tip-offs/receive-tip-off.ts), nothing else. */
async function receiveTipOff(insurerId: string, input: { channel: string; summary: string }): Promise<{ auditSeq: string }> {
  const id = randomUUID();
  const now = new Date();
  const number = `TIP-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${process.pid}-${++tipOffs}`;
  const dataJson = canonicalJson({ number, channel: input.channel, providerId: null });
  const body: EventBody = {
    id: randomUUID(), source: EVENT_SOURCE, type: 'tipOff.received', subject: `TipOff/${id}`, entityType: 'TipOff',
    entityId: id, time: now, data: JSON.parse(dataJson) as unknown, actorType: 'API_CLIENT', actorId: insurerId,
    requestId: null, insurerId, providerId: null, partnerId: null,
  };
  const { rows } = await pool.query<{ __audit_seq: string }>({
    name: 'floor_receive', text: RECEIVE,
    values: [id, number, insurerId, input.channel, input.summary, now, body.id, body.source, body.type, body.subject, body.entityType,
      body.time, dataJson, body.actorType, body.actorId, null, bodyDigest(body), APPEND_LOCK_KEY, AUDIT_CHANNEL],
  });
  statements += 1;
  return { auditSeq: String(rows[0]!.__audit_seq) };
}
schema.getMutationType()!.getFields().receiveTipOff!.resolve = (_root, args: { input: { channel: string; summary: string } }, { insurerId }: FloorContext) =>
  receiveTipOff(insurerId, args.input);

const apollo = new ApolloServer<FloorContext>(
  process.env.FLOOR_JIT === '1' ? { gateway: jitGateway(schema), introspection: false } : { schema, introspection: false },
);
await apollo.start();
const app = express();
app.disable('x-powered-by');
app.use(
  '/graphql',
  express.json({ limit: '1mb' }),
  expressMiddleware(apollo, {
    context: async ({ req }) => {
      const insurerId = await keys.insurerOf(req.headers.authorization);
      if (!insurerId) throw new GraphQLError('unauthenticated', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      return { insurerId };
    },
  }),
);
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ ready: `http://127.0.0.1:${port}` });
});
server.keepAliveTimeout = 60_000;
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ statements: statements + keys.lookups });
  if (message === 'stop') {
    server.closeAllConnections();
    server.close(() => void apollo.stop().then(() => pool.end()).then(() => process.exit(0)));
  }
});
