import { GraphQLError, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { flushAccessLog } from '../access-log/record.js';
import { logUnexpectedErrors, type OperationPipeline } from './pipeline.js';
import { validatableDocument, withoutNeutralisedUsages } from './subscription-root-directives.js';

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
        async validationDidStart(requestContext) {
          // Apollo validates the document it holds once this hook returns (a graphql-js 16 crash
          // on some subscription documents, subscription-root-directives.ts).
          const document = validatableDocument(requestContext.document);
          (requestContext as { document: DocumentNode }).document = document;
          return async (errors) => {
            if (errors) withoutNeutralisedUsages(document, errors as Error[]);
          };
        },
        async didResolveOperation({ document, request, queryHash, operationName, operation }) {
          contextValue.operationName ??= operationName ?? null;
          // Apollo would execute a subscription document once as if it were a query, calling the
          // field's event resolver without an event (INTERNAL_SERVER_ERROR): the request's fault.
          if (operation?.operation === 'subscription') throw subscriptionOverHttp();
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

function subscriptionOverHttp(): GraphQLError {
  const message = 'Subscriptions run over WebSocket (graphql-transport-ws) at this URL, not over HTTP';
  return new GraphQLError(message, {
    extensions: {
      code: 'BAD_REQUEST',
      messageZh: '订阅须通过 WebSocket（graphql-transport-ws 协议）在同一地址发起，不能通过 HTTP',
      messageEn: message,
      http: { status: 400 },
    },
  });
}
