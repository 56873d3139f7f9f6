import { STATUS_CODES, maxHeaderSize, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Requests Node's HTTP parser refuses before any route sees them, answered in the GraphQL error
 * shape as every other refusal (in zh and en) instead of Node's bare status line: a header
 * section larger than Node takes (16 kB by default: a long GET query string reaches it), a
 * request not sent in time, bytes that are not HTTP. The choice of status is Node's own
 * (lib/_http_server.js, socketOnError) but for the one Node cannot make: its parser has a
 * single limit for the request line and the headers together, and answered 431 to a GET whose
 * URL alone was too long, where GraphQL over HTTP (and RFC 9110 §15.5.15) says 414 URI Too
 * Long — the answer that tells the client to POST the document instead. Once a listener is
 * registered, writing the answer is the listener's job.
 */
type Answer = [status: number, code: string, en: string, zh: string];
/** Also what `npm run cluster`'s HAProxy answers for the same faults (scripts/cluster/balancer-errors.ts). */
export const REQUEST_TIMEOUT: Answer = [408, 'REQUEST_TIMEOUT', 'The request was not received in time', '请求未能在规定时间内完整送达'];
export const MALFORMED: Answer = [400, 'BAD_REQUEST', 'The request is not well-formed HTTP', '请求不是格式正确的 HTTP 请求'];
const ANSWERS: Record<string, Answer> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'REQUEST_HEADERS_TOO_LARGE',
    'The request headers are too large: send fewer or shorter headers (cookies, tokens)',
    '请求头过大：请减少或缩短请求头（如 Cookie、令牌）',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: REQUEST_TIMEOUT,
};
const URI_TOO_LONG: Answer = [
  414,
  'URI_TOO_LONG',
  'The URL is too long: send a long GraphQL document with POST, in the body',
  '请求地址（URL）过长：较长的 GraphQL 文档请用 POST 放在请求内容中发送',
];

/**
 * The answer to a header section over Node's limit (`http.maxHeaderSize`, which
 * --max-http-header-size sets; the hub's server takes the default): 414 when the request line is most of it
 * (over half the limit), else 431. The parser's error carries the bytes it was reading
 * (`rawPacket`): read when they begin with the request line (a request sent in one piece, as
 * clients send one up to 64 kB); otherwise which part overflowed cannot be told, and 431 stays.
 */
function headerOverflow(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, maxHeaderSize: number): Answer {
  const packet = error.rawPacket;
  if (packet && /^[A-Za-z]+ \S/.test(packet.subarray(0, 16).toString('latin1'))) {
    const end = packet.indexOf('\r\n');
    const requestLine = end < 0 ? packet.length : end;
    if (requestLine > maxHeaderSize / 2) return URI_TOO_LONG;
  }
  return ANSWERS.HPE_HEADER_OVERFLOW!;
}

export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: ServerResponse | null }) => {
    // A peer that went away, or an answer on this connection already under way (Node's own
    // test, on its internal `_httpMessage`): nothing can be said any more. A kept-alive
    // connection's earlier answers do not count.
    if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) return void socket.destroy(error);
    const [status, code, en, zh] =
      error.code === 'HPE_HEADER_OVERFLOW' ? headerOverflow(error, maxHeaderSize) : (ANSWERS[error.code ?? ''] ?? MALFORMED);
    endWithRefusal(socket, status, code, en, zh);
  });
}

/**
 * RFC 9112 §3.2: an HTTP/1.1 request without Host is answered 400. Node's own check
 * (`requireHostHeader`) wrote a bare 400 with an empty body and skipped upgrades; the server is
 * created without it (app.ts) and requests and upgrades ask this instead.
 */
export const HOST_MISSING: Answer = [400, 'BAD_REQUEST', 'An HTTP/1.1 request must carry a Host header', 'HTTP/1.1 请求必须带有 Host 请求头'];
export const lacksHost = (req: IncomingMessage): boolean => req.httpVersion === '1.1' && req.headers.host === undefined;

/** The hub's error body: the message in English, and the code and both languages in extensions. */
export function refusalBody(code: string, en: string, zh: string): string {
  return JSON.stringify({ errors: [{ message: en, extensions: { code, messageZh: zh, messageEn: en } }] });
}

/** A request refused before any route, on its response: the hub's error body, then close. */
export function respondWithRefusal(res: ServerResponse, [status, code, en, zh]: Answer): void {
  const body = refusalBody(code, en, zh);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store', Connection: 'close' });
  res.end(body);
}

/**
 * Answers on the raw connection (no Express response exists: a request the parser refused, a
 * WebSocket upgrade not taken) with a GraphQL error body, then closes it. Ended rather than
 * destroyed, so the answer is flushed before the socket closes (the way Node documents for
 * `clientError`).
 */
export function endWithRefusal(socket: Duplex, status: number, code: string, en: string, zh: string, headers: Record<string, string> = {}): void {
  const body = refusalBody(code, en, zh);
  const head = { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store', ...headers, Connection: 'close' };
  const lines = Object.entries(head).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('')}\r\n${body}`);
}
