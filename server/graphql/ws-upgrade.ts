import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { HOST_MISSING, endWithRefusal, lacksHost } from '../http-client-error.js';

/** Why an upgrade is refused before the handshake: an HTTP status and the error, in zh and en. */
export interface UpgradeRefusal {
  status: number;
  code: string;
  en: string;
  zh: string;
  headers?: Record<string, string>;
}

/**
 * The HTTP server's WebSocket upgrades: those to `path` go to the WebSocket server once
 * `screen` lets them; every refusal, ws's own among them (a missing Sec-WebSocket-Key, a POST),
 * is a GraphQL error body in JSON as every other refusal of the hub. With `server` and `path`
 * given to ws, it answered them itself: an HTML "Bad Request" for another path, text/html for
 * the blocked address's 429. Returns the function that detaches it.
 */
export function routeUpgrades(
  httpServer: Server,
  wsServer: WebSocketServer,
  path: string,
  screen: (req: IncomingMessage) => Promise<UpgradeRefusal | null>,
): () => void {
  const refuse = (socket: Duplex, r: UpgradeRefusal) => endWithRefusal(socket, r.status, r.code, r.en, r.zh, r.headers);
  // ws's checks of the handshake's own headers; its message names the header.
  wsServer.on('wsClientError', (error, socket) => {
    const method = /method/i.test(error.message);
    refuse(socket, {
      status: method ? 405 : 400,
      code: method ? 'METHOD_NOT_ALLOWED' : 'BAD_REQUEST',
      en: `Not a WebSocket handshake: ${error.message}`,
      zh: method ? 'WebSocket 握手须使用 GET 请求' : '不是有效的 WebSocket 握手请求',
      ...(method ? { headers: { Allow: 'GET' } } : {}),
    });
  });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (lacksHost(req)) return endWithRefusal(socket, ...HOST_MISSING);
    const pathname = (req.url ?? '').split('?')[0];
    if (pathname !== path) {
      return refuse(socket, {
        status: 404,
        code: 'NOT_FOUND',
        en: `No WebSocket endpoint at ${pathname!.slice(0, 200)}: graphql-ws is served at ${path}`,
        zh: `此地址没有 WebSocket 服务：graphql-ws 的地址为 ${path}`,
      });
    }
    void screen(req).then((refusal) => {
      if (refusal) return refuse(socket, refusal);
      wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
    });
  };
  httpServer.on('upgrade', onUpgrade);
  return () => httpServer.off('upgrade', onUpgrade);
}
