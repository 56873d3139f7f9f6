import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { flushAccessLog } from '../access-log/record.js';
import { logUnexpectedErrors, type OperationPipeline } from './pipeline.js';

/**
 * The operation pipeline (pipeline.ts) inside Apollo, the HTTP transport: Apollo parses and
 * validates with the pipeline's limits (apollo.ts), this plugin runs the rest at the same
 * points graphql-ws does (ws.ts): admit after validation, log unexpected errors, finish once
 * the answer is sent. Formatting is Apollo's `formatError`, which is the pipeline's.
 */
export function pipelinePlugin(pipeline: OperationPipeline): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      // Apollo stops before the database closes (server/app.ts, test harness): nothing queued is lost.
      return { serverWillStop: () => flushAccessLog() };
    },
    async requestDidStart({ contextValue }) {
      const startedAt = process.hrtime.bigint();
      return {
        async didResolveOperation({ document, request, queryHash, operationName }) {
          contextValue.operationName ??= operationName ?? null;
          const refused = await pipeline.admit(contextValue, { document, operationName: operationName ?? null, variables: request.variables ?? null, queryHash });
          if (refused) throw refused;
        },
        async didEncounterErrors({ errors }) {
          logUnexpectedErrors(contextValue, errors);
        },
        async willSendResponse({ operation, operationName, errors }) {
          contextValue.operationName ??= operationName ?? null;
          pipeline.finish(contextValue, { operation: operation?.operation ?? null, startedAt, errors });
        },
      };
    },
  };
}
