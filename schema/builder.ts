import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
// Replaces the relay plugin's async `t.globalID` with a synchronous one (performance; see the file).
import './sync-global-id.js';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';
import { requestDb } from '../server/policy/request-db.js';
import type { Context } from '../server/context.js';
import { authScopesFor, type AuthScopes } from '../server/auth/scopes.js';
import { z } from 'zod';
import { DomainError, InputError } from '../server/domain/errors.js';
import { decodeGlobalId } from './global-id.js';
import { cursorArgument } from './cursor.js';

/** Page sizes are bounded everywhere; a larger `first` is refused by the page-size limit. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
// Messages of our own, which server/domain/field-messages.ts says in Chinese (zod's "Too small"
// was 格式不正确 there).
const pageSize = z.number().int().min(0, 'first and last must be 0 or more').max(MAX_PAGE_SIZE, `first and last take at most ${MAX_PAGE_SIZE} per page`).nullish();

// A type alias (not an interface) so it satisfies Pothos's index-signature constraint.
export type Scalars = {
  DateTime: { Input: Date; Output: Date | string };
  Date: { Input: Date; Output: Date | string };
  Fen: { Input: bigint; Output: bigint | number };
  Decimal: { Input: string; Output: string | { toString(): string } };
  JSON: { Input: unknown; Output: unknown };
};

/**
 * Plugins, in a fixed order (docs/architecture.md): scope-auth first so no other plugin
 * resolves data for a viewer that may not see it, then prisma, relay, dataloader, validation.
 *
 * Cost is not a plugin here: @pothos/plugin-complexity computed it inside the first root
 * field by decoding every argument of the document, so one malformed global ID anywhere
 * failed every root field (a valid sibling came back null). The operation pipeline checks
 * the cost before execution instead (schema/operation-cost.ts, server/graphql/pipeline.ts),
 * reading page sizes only, with the variables' values.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  Scalars: Scalars;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  // Must match relay.edgesFieldOptions / nodeFieldOptions below (Pothos relay docs).
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, ValidationPlugin],
  scopeAuth: {
    authScopes: authScopesFor,
    authorizeOnSubscribe: true,
    // A denied field is an error with a stable code, not a silent null.
    unauthorizedError: (_parent, _context, _info, result) =>
      new DomainError('FORBIDDEN', { zh: '无权访问', en: result.message }),
  },
  prisma: {
    // Each request's client runs as its viewer under row-level security (server/policy).
    client: (ctx) => requestDb(ctx),
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
  },
  validation: {
    // Field paths for invalid input (issue: "field paths for invalid input, zh and en").
    validationError: (failure) =>
      new InputError(
        failure.issues.map((issue) => ({
          path: (issue.path ?? []).map((p) => (typeof p === 'object' ? (p.key as string | number) : typeof p === 'symbol' ? String(p) : p)),
          message: issue.message,
        })),
      ),
  },
  relay: {
    clientMutationId: 'omit',
    firstArgOptions: { validate: pageSize },
    lastArgOptions: { validate: pageSize },
    // Only cursors the hub hands out reach a query (schema/cursor.ts).
    afterArgOptions: { validate: cursorArgument },
    beforeArgOptions: { validate: cursorArgument },
    cursorType: 'String',
    // Encoding, type and UUID checked before any load (schema/global-id.ts).
    decodeGlobalID: (globalID) => decodeGlobalId(globalID),
    // node/nodes load through each type's tenant-filtered findUnique; anonymous callers get nothing.
    nodeQueryOptions: { nullable: true, authScopes: { authenticated: true } },
    // An id the caller may not see (or that does not exist) is null in its slot, not an error.
    // At most a page of ids: each is a tenant-filtered load, and a 1 MB body of 15,000 ids kept
    // the database busy for a minute for one request (the cost limit counts pages, not id lists).
    nodesQueryOptions: {
      nullable: { list: false, items: true },
      authScopes: { authenticated: true },
      args: { ids: { validate: z.array(z.unknown()).max(MAX_PAGE_SIZE, `nodes takes at most ${MAX_PAGE_SIZE} ids per request`) } },
    },
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
