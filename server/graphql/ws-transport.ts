import type { IncomingMessage } from 'node:http';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../logger.js';
import { readClientMessage } from './ws-message-problem.js';

export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

/** Below this many unsent bytes a message is handed to the socket without waiting for the write. */
const HIGH_WATER_BYTES = 256 * 1024;
const KEEP_ALIVE_MS = 12_000;

/**
 * A `next` payload serialised once for every socket it goes to. graphql-ws writes each message
 * with JSON.stringify({ id, type, payload }); a subscription result shared by a thousand
 * subscribers (shared-subscribe.ts) was serialised a thousand times. `onNext` returns
 * `serialisedOnce(result)`: a stand-in whose toJSON leaves a mark (and the cached JSON) that
 * `send` below, called synchronously with the stringified message, replaces by the JSON. The
 * payload is the message's last property, so the mark is its tail; nothing a client sends
 * reaches that position.
 */
const SHARED_MARK = '\u0000serialised-once';
const SHARED_TAIL = `${JSON.stringify(SHARED_MARK)}}`;
const standIns = new WeakMap<object, object>();
let pendingJson: string | null = null;

export function serialisedOnce<T extends object>(result: T): T {
  let standIn = standIns.get(result);
  if (!standIn) {
    let json: string | null = null;
    standIn = {
      toJSON() {
        pendingJson = json ??= JSON.stringify(result);
        return SHARED_MARK;
      },
    };
    standIns.set(result, standIn);
  }
  return standIn as T;
}

function withSharedPayload(data: string): string {
  const json = pendingJson;
  if (json === null) return data;
  pendingJson = null;
  return data.endsWith(SHARED_TAIL) ? `${data.slice(0, -SHARED_TAIL.length)}${json}}` : data;
}

/**
 * graphql-ws on a `ws` server, like graphql-ws's own `useServer`, with one difference that
 * matters for the audit stream: `send` does not wait for each frame's write callback unless
 * the socket's buffer is above a high-water mark. graphql-ws pulls the next item of a
 * subscription only after `send` resolves, so waiting for every write made a replay of
 * thousands of events take one I/O round of the event loop per event (seconds under load),
 * and made every live delivery wait for the previous one's write. Back-pressure is kept: a
 * consumer that does not read fills its buffer, `send` then waits, and the audit
 * subscription's bounded queue takes over (server/audit/subscription.ts).
 *
 * Frames sent to one socket in the same tick leave in one write: the TCP socket is corked on
 * the first send and uncorked on the next tick. A write is a system call (on loopback it also
 * runs the receiver's side of TCP) and cost ~20 µs each in the fan-out profile, the largest
 * single item; a replay page or a burst of events to one subscriber now costs one.
 */
export function serveGraphqlWs<E extends Record<PropertyKey, unknown>>(
  options: ServerOptions<Record<string, unknown> | undefined, E & SocketExtra>,
  wsServer: WebSocketServer,
  logger: Logger,
): { dispose(): Promise<void> } {
  const server = makeServer(options);
  wsServer.options.handleProtocols = acceptingToRefuse;
  wsServer.on('connection', (socket, request) => {
    socket.once('error', (error) => {
      logger.warn({ err: error }, 'websocket error');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) return socket.close(CloseCode.SubprotocolNotAcceptable, subprotocolRefusal(socket.protocol));
    // Ping idle peers; one that does not answer within the interval is gone.
    let alive = true;
    socket.on('pong', () => (alive = true));
    const keepAlive = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, KEEP_ALIVE_MS);
    keepAlive.unref();
    // The upgraded request's socket is the TCP socket ws writes to.
    const tcp = request.socket;
    let corked = false;
    const uncork = () => {
      corked = false;
      tcp.uncork();
    };
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (message) => {
          const data = withSharedPayload(message);
          if (socket.readyState !== socket.OPEN) return;
          if (!corked) {
            corked = true;
            tcp.cork();
            process.nextTick(uncork);
          }
          if (socket.bufferedAmount < HIGH_WATER_BYTES) {
            socket.send(data);
            return;
          }
          return new Promise<void>((resolve) => socket.send(data, () => resolve()));
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (onMessage) =>
          socket.on('message', async (message) => {
            // Checked here to say what is wrong (ws-message-problem.ts); graphql-ws's own
            // reason was "Invalid message received" for every fault.
            const read = readClientMessage(String(message));
            if ('problem' in read) return socket.close(CloseCode.BadRequest, read.problem);
            try {
              // graphql-ws's parseMessage takes a parsed message as well as its text (its type
              // says `unknown`): the frame is parsed once, in readClientMessage.
              await onMessage(read.message as never);
            } catch (error) {
              logger.error({ err: error }, 'websocket message handling failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request } as E & SocketExtra,
    );
    socket.once('close', (code, reason) => {
      clearInterval(keepAlive);
      void closed(code, String(reason));
    });
  });
  return {
    async dispose() {
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners('connection');
    },
  };
}

/**
 * The subprotocol of the handshake: graphql-transport-ws when offered; otherwise the first one
 * offered, so that the handshake completes and the socket is closed with 4406 saying what to
 * offer. Selecting none (graphql-ws's own choice) made a client that offered only
 * subscriptions-transport-ws's `graphql-ws` fail the handshake (RFC 6455 §4.1) without a reason:
 * a browser reports 1006, and the close graphql-ws then sends never arrives.
 */
function acceptingToRefuse(offered: Set<string>): string | false {
  return handleProtocols(offered) || ([...offered][0] ?? false);
}

/** The 4406 close's reason (at most 123 bytes: the offered name is an ASCII token, cut short). */
function subprotocolRefusal(protocol: string): string {
  if (!protocol) return `Subprotocol not acceptable: offer ${GRAPHQL_TRANSPORT_WS_PROTOCOL}`;
  const name = protocol === 'graphql-ws' ? 'graphql-ws (subscriptions-transport-ws)' : protocol.slice(0, 40);
  return `Subprotocol not acceptable: ${name} is not spoken; offer ${GRAPHQL_TRANSPORT_WS_PROTOCOL}`;
}
