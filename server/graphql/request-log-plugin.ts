import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { isExpectedError } from './format-error.js';

/**
 * One structured line per operation (name, type, duration, error codes) and the full error for
 * anything unexpected, with the request id that the client also got in `x-request-id`.
 * Variables are not logged: they can hold passwords and personal data.
 */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!isExpectedError(error)) contextValue.logger.error({ err: error.originalError ?? error }, 'operation failed');
          }
        },
        async willSendResponse({ operationName, operation, errors }) {
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              operation: operation?.operation ?? null,
              viewer: contextValue.viewer.actorId,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql',
          );
        },
      };
    },
  };
}
