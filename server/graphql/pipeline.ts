import { GraphQLError, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type OperationTypeNode } from 'graphql';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { createRateLimiter, type RateLimiter } from '../limits/rate-limiter.js';
import { createAuthFailureLimiter, type AuthFailureLimiter } from '../limits/auth-failure-limiter.js';
import { flushReads, instrumentReads } from '../access-log/record.js';
import { apiProtection, notAllowed, type ApiProtection } from './limits.js';
import { formatError, isExpectedError, toGraphQLError } from './format-error.js';
import { screenInput } from './input-screen.js';
import type { PersistedOperations } from './persisted-operations.js';
import { operationCost } from '../../schema/operation-cost.js';
import { MAX_COST, costError } from '../../schema/query-cost.js';

/**
 * The steps every GraphQL operation goes through, whatever carried it (HTTP POST/GET,
 * graphql-ws queries, mutations and subscriptions), built once per process in the
 * composition root (server/app.ts) and handed to each transport:
 *
 *   credential → viewer (the transport, with server/auth)  → allow-list  → parse (maxTokens)
 *   → validation limits (depth, aliases, directives, root fields)  → `admit`: cost (with the
 *   variables), input screen (NUL bytes), one rate-limit budget per credential  → execute
 *   → `formatError` (codes, zh/en, masking)  → `finish`: request log line, unexpected errors
 *   logged with the request id, reads flushed to the access log.
 *
 * The audit export (GET /audit/export) uses the same viewer resolution and `limiter`.
 */
export interface OperationPipeline {
  schema: GraphQLSchema;
  protection: ApiProtection;
  limiter: RateLimiter;
  /** Failed authentications per client address (every transport authenticates under it). */
  authFailures: AuthFailureLimiter;
  formatError: typeof formatError;
  /** After parse and validation, before execution: null lets the operation run. */
  admit(
    ctx: Context,
    request: { document: DocumentNode; operationName?: string | null; variables?: Record<string, unknown> | null; queryHash?: string },
  ): Promise<GraphQLError | null>;
  /** Formats a result's errors for the wire and logs the unexpected ones with the request id. */
  formatErrors(ctx: Context, errors: readonly GraphQLError[]): GraphQLFormattedError[];
  /** Reads of the answer just sent go to the access log (called per result: subscriptions send many). */
  flushReads(ctx: Context): void;
  /** One request-log line when an operation ends. */
  finish(ctx: Context, outcome: { operation: OperationTypeNode | null; startedAt: bigint; errors?: readonly (GraphQLError | GraphQLFormattedError)[] }): void;
}

export function createOperationPipeline(
  config: Config,
  schema: GraphQLSchema,
  options: { persisted?: PersistedOperations; limiter?: RateLimiter; authFailures?: AuthFailureLimiter } = {},
): OperationPipeline {
  const limiter = options.limiter ?? createRateLimiter(config);
  const authFailures = options.authFailures ?? createAuthFailureLimiter(config);
  const protection = apiProtection(config, { limiter, ...(options.persisted ? { persisted: options.persisted } : {}) });
  instrumentReads(schema);

  return {
    schema,
    protection,
    limiter,
    authFailures,
    formatError,
    async admit(ctx, { document, operationName, variables, queryHash }) {
      if (queryHash !== undefined && !protection.allowsHash(queryHash)) return notAllowed();
      // Cost with the variables' page sizes: an expensive operation never reaches the database.
      const cost = operationCost(schema, document, { operationName: operationName ?? null, variables: variables ?? null });
      if (cost > MAX_COST) return costError('Complexity', { complexity: cost, depth: 0, maxComplexity: MAX_COST });
      const refusedInput = screenInput(document, variables);
      if (refusedInput) return toGraphQLError(refusedInput);
      return protection.consume(ctx.viewer, ctx.http?.ip ?? null);
    },
    formatErrors(ctx, errors) {
      logUnexpectedErrors(ctx, errors);
      return errors.map((error) => formatError(error.toJSON(), error));
    },
    flushReads,
    finish(ctx, { operation, startedAt, errors }) {
      flushReads(ctx);
      ctx.logger.info(
        {
          operationName: ctx.operationName,
          operation: operation ?? null,
          transport: ctx.transport,
          viewer: ctx.viewer.actorId,
          ms: Number(process.hrtime.bigint() - startedAt) / 1e6,
          // The codes the client received (a domain error thrown in a resolver has its code only once formatted).
          errors: errors?.map((e) => (e instanceof GraphQLError ? formatError(e.toJSON(), e) : e).extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
        },
        'graphql',
      );
    },
  };
}

/** Unexpected errors (masked for the client) are logged in full with the request id. */
export function logUnexpectedErrors(ctx: Context, errors: readonly GraphQLError[]): void {
  for (const error of errors) {
    if (!isExpectedError(error)) ctx.logger.error({ err: error.originalError ?? error, path: error.path }, 'operation failed');
  }
}
