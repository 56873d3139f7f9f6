import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import type { ServerOptions } from 'graphql-ws';
import {
  GraphQLError,
  getOperationAST,
  getVariableValues,
  parse,
  specifiedRules,
  validate,
  Kind,
  type DocumentNode,
  type OperationTypeNode,
} from 'graphql';
import { createContext, type Context } from '../context.js';
import type { Logger } from '../logger.js';
import type { Viewer } from '../auth/viewer.js';
import { notAllowed } from './limits.js';
import type { OperationPipeline } from './pipeline.js';
import { serialisedOnce, serveGraphqlWs, type SocketExtra as TransportExtra } from './ws-transport.js';
import { sharedSubscribe } from './shared-subscribe.js';
import { authenticateSocket, blockedUpgrade, createSocketCredentials, recheckBeforeOperation } from './socket-credentials.js';
import { routeUpgrades } from './ws-upgrade.js';
import { validatableDocument, withoutNeutralisedUsages } from './subscription-root-directives.js';

interface RunningOperation {
  ctx: Context;
  operation: OperationTypeNode | null;
  startedAt: bigint;
  errorCodes: unknown[];
}

type SocketExtra = { viewer?: Viewer; operations?: Map<string, RunningOperation> };
type Subscribe = NonNullable<ServerOptions<Record<string, unknown> | undefined, SocketExtra & TransportExtra>['onSubscribe']>;

const MAX_FRAME_BYTES = 1_000_000;
/**
 * Operations running at once on one socket. Each subscription holds a stream, a queue and a
 * replay; 5,000 `auditEvents` subscriptions on one socket (a few kB of frames) took 180 MB
 * and stalled the process for seconds. A client needs a handful; it completes one to start
 * another, or opens another socket (the per-credential rate limit still applies).
 */
export const MAX_OPERATIONS_PER_SOCKET = 100;

/**
 * graphql-ws on the same port and path as HTTP, running every operation (query, mutation,
 * subscription) through the process's one pipeline (pipeline.ts), as Apollo does for HTTP:
 * the same allow-list, token and validation limits, input screen and rate-limit budget
 * (`onSubscribe`), the same error formatter with unexpected errors masked and logged
 * (`onNext`, `onError`), reads flushed to the access log with every result sent, and one
 * request-log line per operation (`onComplete`).
 *
 * The socket's credential (socket-credentials.ts) is checked in `connection_init` (an
 * unauthenticated socket is closed with 4403 Forbidden), again on every new operation, and once
 * a minute; a revoked credential closes its sockets at once through `closeByCredential`.
 */
export function attachWebSocket(httpServer: Server, pipeline: OperationPipeline, logger: Logger) {
  const { schema, protection, authFailures } = pipeline;
  const wsServer = new WebSocketServer({
    noServer: true,
    // A frame is at most as large as an HTTP body may be (MAX_BODY_BYTES' default); ws would
    // otherwise buffer up to 100 MB per message.
    maxPayload: MAX_FRAME_BYTES,
  });
  // An address blocked for failed authentications is refused on the upgrade itself.
  const detach = routeUpgrades(httpServer, wsServer, '/graphql', (req) => blockedUpgrade(authFailures, req));
  const credentials = createSocketCredentials(logger);
  const rules = [...specifiedRules, ...protection.validationRules];

  const cleanup = serveGraphqlWs<SocketExtra>(
    {
      schema,
      // One execution per event and group of identical subscriptions (shared-subscribe.ts).
      subscribe: sharedSubscribe,
      onConnect: async (ctx) => {
        const viewer = await authenticateSocket(ctx, authFailures);
        if (!viewer) return false;
        ctx.extra.viewer = viewer;
        ctx.extra.operations = new Map();
        credentials.track(ctx.extra.socket, viewer);
        return true;
      },
      onSubscribe: freeingCompleted(async (ctx, id, payload) => {
        const viewer = ctx.extra.viewer!;
        // "" is no name, as over HTTP (well-formed-request.ts): no operation is named "".
        const operationName = payload.operationName || null;
        const opCtx = createContext({
          viewer,
          requestId: `${randomUUID()}:${id}`,
          logger,
          operationName,
          transport: 'ws',
        });
        const running: RunningOperation = {
          ctx: opCtx,
          operation: null,
          startedAt: process.hrtime.bigint(),
          errorCodes: [],
        };
        if (ctx.extra.operations!.size >= MAX_OPERATIONS_PER_SOCKET) {
          return [
            new GraphQLError(`At most ${MAX_OPERATIONS_PER_SOCKET} operations may run at once on one socket; complete one first`, {
              extensions: {
                code: 'RATE_LIMITED',
                messageZh: `同一连接上最多同时运行 ${MAX_OPERATIONS_PER_SOCKET} 个操作，请先结束其中一个`,
                maxOperationsPerSocket: MAX_OPERATIONS_PER_SOCKET,
              },
            }),
          ];
        }
        ctx.extra.operations!.set(id, running);
        const stale = await recheckBeforeOperation(viewer, ctx.extra.socket);
        if (stale) return stale;
        // Allow-list mode covers every operation over the socket too: only manifest documents run.
        if (!protection.allows(payload.query)) return [notAllowed()];
        let document;
        try {
          document = parse(payload.query, { maxTokens: protection.maxTokens });
        } catch (error) {
          const message = error instanceof GraphQLError ? error.message : 'Syntax error';
          return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const validatable = validatableDocument(document);
        const errors = withoutNeutralisedUsages(validatable, [...validate(schema, validatable, rules)]);
        if (errors.length > 0) {
          // The code Apollo gives the same errors over HTTP (it overrides the rules' own codes).
          return errors.map(
            (e) =>
              new GraphQLError(e.message, {
                nodes: e.nodes,
                originalError: e.originalError ?? e,
                extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
        }
        const operation = getOperationAST(document, operationName);
        // The operation to run must be known before anything runs, with the words and code
        // Apollo uses over HTTP (graphql-ws would otherwise answer "Unable to identify operation").
        if (!operation) return [operationNotResolved(document, operationName)];
        running.operation = operation.operation;
        // As Apollo does: the document's own name when the client sent none (access and request logs).
        opCtx.operationName ??= operation.name?.value ?? null;
        const refused = await pipeline.admit(opCtx, {
          document,
          operationName,
          variables: payload.variables ?? null,
        });
        if (refused) return [refused];
        // Variables are coerced here, before execution, so a refused value is this operation's
        // `error` message with BAD_USER_INPUT, as over HTTP. Left to graphql-js's execute, the
        // refusal came back as an uncoded result error that the formatter masked as
        // INTERNAL_SERVER_ERROR.
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, {
          maxErrors: 50,
        });
        if (coerced.errors) return coerced.errors.map(badVariable);
        return { schema, document, operationName, variableValues: payload.variables, contextValue: opCtx };
      }),
      onNext: (ctx, id, _payload, _args, result) => {
        const running = ctx.extra.operations?.get(id);
        if (!running) return;
        pipeline.flushReads(running.ctx);
        // The same result object goes to every subscriber of a group: serialise it once.
        if (!result.errors?.length) return serialisedOnce(result);
        const errors = pipeline.formatErrors(running.ctx, result.errors);
        running.errorCodes.push(...errors.map((e) => e.extensions?.code));
        return { ...result, errors };
      },
      onError: (ctx, id, _payload, errors) => {
        const running = ctx.extra.operations?.get(id);
        if (!running) return errors.map((e) => pipeline.formatError(e.toJSON(), e));
        const formatted = pipeline.formatErrors(running.ctx, errors);
        running.errorCodes.push(...formatted.map((e) => e.extensions?.code));
        // graphql-ws calls onComplete only after a successful subscribe; an error ends it here.
        finish(ctx.extra, id);
        return formatted;
      },
      onComplete: (ctx, id) => finish(ctx.extra, id),
    },
    wsServer,
    logger,
  );

  /**
   * graphql-ws sends a refusal (and calls onError) only while its id is still subscribed: an
   * operation the client completed while it was being checked gets neither, nor onComplete.
   * Its running record is finished here; it held one of the socket's
   * MAX_OPERATIONS_PER_SOCKET slots for good, and the request log never had its line.
   *
   * Nor does an operation run once nobody can receive it: completed by the client, or its
   * socket closing (a second subscribe with the same id closes it with 4409) while it was being
   * checked. graphql-ws executed it all the same (a mutation wrote, its answer went nowhere).
   */
  function freeingCompleted(admit: Subscribe): Subscribe {
    return async (ctx, id, payload) => {
      const answer = await admit(ctx, id, payload);
      const { socket } = ctx.extra;
      if (!Array.isArray(answer) && (!(id in ctx.subscriptions) || socket.readyState !== socket.OPEN)) {
        ctx.extra.operations?.get(id)?.errorCodes.push(NOT_RUN);
        finish(ctx.extra, id);
        return [notRun()];
      }
      if (Array.isArray(answer) && !(id in ctx.subscriptions)) finish(ctx.extra, id);
      return answer;
    };
  }

  function finish(extra: SocketExtra, id: string): void {
    const running = extra.operations?.get(id);
    if (!running) return;
    extra.operations!.delete(id);
    const errors = running.errorCodes.map((code) => ({ message: '', extensions: { code } }));
    pipeline.finish(running.ctx, {
      operation: running.operation,
      startedAt: running.startedAt,
      errors: errors.length ? errors : undefined,
    });
  }

  return {
    /** Close every socket opened with this credential (revoked key, ended session). */
    closeByCredential: credentials.closeByCredential,
    async dispose() {
      detach();
      credentials.dispose();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

/** An admitted operation not run: the client completed it, or its socket closed, first (logged, never sent). */
const NOT_RUN = 'CLIENT_CLOSED_REQUEST';
function notRun(): GraphQLError {
  return new GraphQLError('The operation was completed, or its socket closed, before it ran: it was not run', {
    extensions: { code: NOT_RUN, messageZh: '操作开始执行前客户端已结束该操作或关闭连接，未执行' },
  });
}

/** Apollo's answer over HTTP when the operation to run cannot be determined. */
function operationNotResolved(document: DocumentNode, operationName: string | null): GraphQLError {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
  const message =
    operationName !== null
      ? `Unknown operation named "${operationName}".`
      : operations === 0
        ? 'No operation found in the document.'
        : 'Must provide operation name if query contains multiple operations.';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
}

/** A variable graphql-js refused to coerce: the request's fault, coded as Apollo codes it. */
function badVariable(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}
