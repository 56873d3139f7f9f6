import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { CloseCode } from 'graphql-ws';
import { GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { createContext } from '../context.js';
import type { Logger } from '../logger.js';
import type { Viewer } from '../auth/viewer.js';
import { credentialStillValid, resolveViewerFromConnectionParams } from '../auth/resolve-viewer.js';
import { notAllowed, type ApiProtection } from './limits.js';
import { isDatabaseUnavailable } from '../db/connection-errors.js';
import { serviceUnavailable } from './unavailable.js';
import { serveGraphqlWs } from './ws-transport.js';
import { sharedSubscribe } from './shared-subscribe.js';

type SocketExtra = { viewer?: Viewer };

const MAX_FRAME_BYTES = 1_000_000;
const TRY_AGAIN_LATER = 1013;

/** How often open sockets re-check their credential (catches keys that simply expire). */
const RECHECK_INTERVAL_MS = 60_000;

/**
 * graphql-ws on the same port and path as HTTP. The credential is checked in
 * `connection_init` (an unauthenticated socket is closed with 4403 Forbidden), again on every
 * new subscription, and once a minute; a revoked credential closes its sockets at once through
 * `closeByCredential`. Each operation gets a fresh context with the connection's viewer and
 * meets the same validation limits and rate limit as HTTP.
 */
export function attachWebSocket(httpServer: Server, schema: GraphQLSchema, logger: Logger, protection?: ApiProtection) {
  // A frame is at most as large as an HTTP body may be (MAX_BODY_BYTES' default); ws would
  // otherwise buffer up to 100 MB per message.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_FRAME_BYTES });
  const sockets = new Set<{ close(code: number, reason: string): void; viewer: Viewer }>();
  const forbid = (entry: { close(code: number, reason: string): void }) => entry.close(CloseCode.Forbidden, 'Forbidden');
  const rules = [...specifiedRules, ...(protection?.validationRules ?? [])];

  const cleanup = serveGraphqlWs<SocketExtra>(
    {
      schema,
      // One execution per event and group of identical subscriptions (shared-subscribe.ts).
      subscribe: sharedSubscribe,
      onConnect: async (ctx) => {
        let viewer: Viewer | null;
        try {
          viewer = await resolveViewerFromConnectionParams(ctx.connectionParams ?? {}, ctx.extra.request);
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          // 1013 "Try Again Later": the credential could not be checked, the client should reconnect.
          ctx.extra.socket.close(TRY_AGAIN_LATER, 'SERVICE_UNAVAILABLE');
          return false;
        }
        if (!viewer) return false;
        ctx.extra.viewer = viewer;
        const entry = { close: (code: number, reason: string) => ctx.extra.socket.close(code, reason), viewer };
        sockets.add(entry);
        ctx.extra.socket.once('close', () => sockets.delete(entry));
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const viewer = ctx.extra.viewer!;
        let valid: boolean;
        try {
          valid = await credentialStillValid(viewer);
        } catch (error) {
          if (isDatabaseUnavailable(error)) return [serviceUnavailable({ http: false })];
          throw error;
        }
        if (!valid) {
          ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden');
          return [new GraphQLError('Credential no longer valid', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        // Allow-list mode covers subscriptions too: only manifest documents run.
        if (protection && !protection.allows(payload.query)) return [notAllowed()];
        let document;
        try {
          document = parse(payload.query, { maxTokens: protection?.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        const refused = await protection?.consume(viewer, ctx.extra.request.socket.remoteAddress ?? null);
        if (refused) return [refused];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext({
            viewer,
            requestId: `${randomUUID()}:${id}`,
            logger,
            operationName: payload.operationName ?? null,
          }),
        };
      },
    },
    wsServer,
    logger,
  );

  const recheck = setInterval(() => {
    for (const socket of sockets) {
      credentialStillValid(socket.viewer).then(
        (ok) => ok || forbid(socket),
        (error: unknown) => logger.warn({ err: error }, 'socket credential re-check failed'),
      );
    }
  }, RECHECK_INTERVAL_MS);
  recheck.unref();

  return {
    /** Close every socket opened with this credential (revoked key, ended session). */
    closeByCredential(credentialId: string) {
      for (const socket of sockets) {
        if (socket.viewer.credentialId === credentialId) forbid(socket);
      }
    },
    async dispose() {
      clearInterval(recheck);
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
