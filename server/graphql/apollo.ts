import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { mediaTypeStatusPlugin } from './media-type-status-plugin.js';
import { createOperationPipeline, type OperationPipeline } from './pipeline.js';
import { pipelinePlugin } from './pipeline-plugin.js';
import { unavailablePlugin } from './unavailable.js';

export interface ApolloOptions {
  schema: GraphQLSchema;
  config: Config;
  /**
   * The process's one operation pipeline (server/app.ts builds it and hands the same one to
   * the WebSocket transport). In-process tests without sockets may let Apollo build its own.
   */
  pipeline?: OperationPipeline;
  /** Absent in in-process tests (executeOperation), which have no HTTP server to drain. */
  httpServer?: Server;
  /** Closes the WebSocket server when Apollo drains (graceful shutdown). */
  onDrain?: () => Promise<void>;
}

/**
 * How long a shutdown waits for requests in flight before closing their connections: with the
 * job queue's grace (server/jobs/queue.ts) it stays within the hub's deadline (server/main.ts).
 */
export const HTTP_DRAIN_GRACE_MS = 8_000;

export function createApollo({
  schema,
  config,
  pipeline: given,
  httpServer,
  onDrain,
}: ApolloOptions): ApolloServer<Context> {
  const pipeline = given ?? createOperationPipeline(config, schema);
  const { protection } = pipeline;
  // Performance (bench/RESULTS.md): Apollo's default cache-control plugin runs a hook for every
  // resolved field to collect cache hints this schema never gives; every answer here is
  // per-viewer, so it is marked uncacheable once per response instead (what that plugin sent).
  const noStore: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control'))
            response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
  const wsDrain: ApolloServerPlugin<Context> = {
    async serverWillStart() {
      return { drainServer: async () => onDrain?.() };
    },
  };
  return new ApolloServer<Context>({
    schema: pipeline.schema,
    // Refused, where off, by the pipeline's validation rules (limits.ts), shared with WebSocket;
    // Apollo's own rule would add a second error to the same answer.
    introspection: true,
    // Stack traces carry file paths: never in production, and not in our own error shape either.
    includeStacktraceInErrorResponses: false,
    formatError: pipeline.formatError,
    // Cookie-authenticated requests are protected by our CSRF token (server/auth); API-key
    // requests cannot be forged by a browser. Apollo's blanket check would refuse plain GETs
    // that the GraphQL-over-HTTP spec allows.
    csrfPrevention: false,
    // server/main.ts owns SIGINT/SIGTERM and stops every part in order; Apollo's own handler
    // would race it (two stops at once never finish).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: protection.maxTokens },
    // In allow-list mode hash-only requests resolve from the manifest and nothing can register.
    ...(protection.persistedQueries ? { persistedQueries: protection.persistedQueries } : {}),
    validationRules: protection.validationRules,
    plugins: [
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: HTTP_DRAIN_GRACE_MS }), wsDrain] : []),
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      mediaTypeStatusPlugin(),
      pipelinePlugin(pipeline),
      unavailablePlugin(),
      // Apollo's landing pages load their scripts from a CDN, unreachable on an agency
      // intranet; the hub serves its own bundled GraphiQL at /graphiql (server/http.ts).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
