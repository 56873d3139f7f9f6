import { STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Requests Node's HTTP parser refuses before any route sees them, answered in the GraphQL error
 * shape as every other refusal (in zh and en) instead of Node's bare status line: a header
 * section larger than Node takes (16 kB by default: a long GET query string reaches it), a
 * request not sent in time, bytes that are not HTTP. The choice of status is Node's own
 * (lib/_http_server.js, socketOnError); once a listener is registered, writing the answer is
 * the listener's job.
 */
const ANSWERS: Record<string, [status: number, code: string, en: string, zh: string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'REQUEST_HEADERS_TOO_LARGE',
    'The request line and headers are too large: send a long GraphQL document with POST, in the body',
    '请求行与请求头过大：较长的 GraphQL 文档请用 POST 放在请求内容中发送',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', 'The request was not received in time', '请求未能在规定时间内完整送达'],
};
const MALFORMED: (typeof ANSWERS)[string] = [400, 'BAD_REQUEST', 'The request is not well-formed HTTP', '请求不是格式正确的 HTTP 请求'];

export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: ServerResponse | null }) => {
    // A peer that went away, or an answer on this connection already under way (Node's own
    // test, on its internal `_httpMessage`): nothing can be said any more. A kept-alive
    // connection's earlier answers do not count.
    if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) return void socket.destroy(error);
    const [status, code, en, zh] = ANSWERS[error.code ?? ''] ?? MALFORMED;
    endWithRefusal(socket, status, code, en, zh);
  });
}

/**
 * Answers on the raw connection (no Express response exists: a request the parser refused, a
 * WebSocket upgrade not taken) with a GraphQL error body, then closes it. Ended rather than
 * destroyed, so the answer is flushed before the socket closes (the way Node documents for
 * `clientError`).
 */
export function endWithRefusal(socket: Duplex, status: number, code: string, en: string, zh: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ errors: [{ message: en, extensions: { code, messageZh: zh, messageEn: en } }] });
  const head = { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store', ...headers, Connection: 'close' };
  const lines = Object.entries(head).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('')}\r\n${body}`);
}
