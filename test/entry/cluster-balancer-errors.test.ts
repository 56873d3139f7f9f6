import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHaproxy, type Balancer } from '../../scripts/cluster/haproxy.js';
import { freePort } from '../../scripts/cluster/cluster.js';
import { answerClientErrors } from '../../server/http-client-error.js';
import { GR, httpProbe } from '../support/http-probe.js';

/**
 * What a client meets through `npm run cluster`'s HAProxy when the request is refused or a
 * replica fails: the hub's error shape (JSON, a code, zh and en), never HAProxy's HTML page,
 * and a long GET URL reaches a replica, which answers 414 as it does without the balancer.
 * One real hub behind HAProxy, and a replica that passes its health checks but drops every
 * request (a process dying mid-answer).
 */
const { url } = httpProbe();
let hub: Balancer;
let broken: Balancer;
let unready: Balancer;
let stalling: Balancer;
let dropping: Server;
let notReady: Server;
let strict: Server;
let ready = true;

beforeAll(async () => {
  hub = await startHaproxy(await freePort(), [{ name: 'r1', port: Number(new URL(url()).port) }]);
  dropping = createServer((req, res) => (req.url === '/readyz' || req.url === '/healthz' ? res.end('{"status":"ok"}') : req.socket.destroy()));
  await new Promise<void>((resolve) => dropping.listen(0, '127.0.0.1', () => resolve()));
  broken = await startHaproxy(await freePort(), [{ name: 'r1', port: (dropping.address() as { port: number }).port }]);
  // Ready while HAProxy starts, then alive but not ready (its database unreachable): the
  // health checks take it out.
  notReady = createServer((req, res) => res.writeHead(req.url === '/healthz' || ready ? 200 : 503).end('{}'));
  await new Promise<void>((resolve) => notReady.listen(0, '127.0.0.1', () => resolve()));
  unready = await startHaproxy(await freePort(), [{ name: 'r1', port: (notReady.address() as { port: number }).port }]);
  ready = false;
  // A replica with Node's head timeout at 1 s (the hub's is Node's default, 60 s), behind a
  // balancer that waits 1 s for a request head before passing the connection on as it is.
  strict = createServer({ headersTimeout: 1000, requestTimeout: 2000, connectionsCheckingInterval: 200 }, (req, res) => res.end('{"status":"ok"}'));
  answerClientErrors(strict);
  await new Promise<void>((resolve) => strict.listen(0, '127.0.0.1', () => resolve()));
  stalling = await startHaproxy(await freePort(), [{ name: 'r1', port: (strict.address() as { port: number }).port }], { headWaitSeconds: 1 });
});

afterAll(async () => {
  await hub?.stop();
  await broken?.stop();
  await unready?.stop();
  await stalling?.stop();
  for (const server of [dropping, notReady, strict]) await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** A request on a connection of its own (HAProxy closes a kept-alive one silently when its next request fails). */
function exchange(port: number, path: string, init: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Bytes written on a connection of their own, and everything read back until the peer closes. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

/** A raw answer read as the hub's error shape: status, and the error's code. */
function refusal(text: string): { status: number; code: string } {
  expect(text).toMatch(/^HTTP\/1\.1 \d{3} /);
  expect(text).toMatch(/\r\ncontent-type: application\/json; charset=utf-8\r\n/i);
  const body = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as { errors: { message: string; extensions: { code: string; messageZh: string; messageEn: string } }[] };
  expect(body.errors[0]!.extensions).toMatchObject({ messageEn: body.errors[0]!.message, messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) });
  return { status: Number(text.slice(9, 12)), code: body.errors[0]!.extensions.code };
}

async function through(balancer: Balancer, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { status, headers, text } = await exchange(balancer.port, path, init);
  expect(headers['content-type']).toBe('application/json; charset=utf-8');
  expect(text).not.toMatch(/<html/i);
  const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string; messageZh: string; messageEn: string } }[] };
  expect(body.errors[0]!.extensions).toMatchObject({ messageEn: body.errors[0]!.message, messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) });
  return { status, headers, error: body.errors[0]! };
}

describe('npm run cluster: refusals through HAProxy', () => {
  it('passes a GET whose URL is over Node’s limit to the replica, which answers 414 URI_TOO_LONG (HAProxy answered an HTML 400 first)', async () => {
    const query = encodeURIComponent(`{ __typename ${'__typename '.repeat(1500)}}`);
    const answer = await through(hub, `/graphql?query=${query}`, { headers: { accept: GR } });
    expect(answer.status).toBe(414);
    expect(answer.error.extensions.code).toBe('URI_TOO_LONG');
  });

  it('passes a request head over HAProxy’s own buffer (40 kB of headers) to a replica, which answers 431 in JSON (HAProxy 2.6 answered its HTML 400)', async () => {
    const answer = await through(hub, '/graphql', { headers: { accept: GR, 'x-padding': 'a'.repeat(40_000) } });
    expect(answer.status).toBe(431);
    expect(answer.error.extensions.code).toBe('REQUEST_HEADERS_TOO_LARGE');
  });

  it('passes bytes that are not HTTP to a replica, which answers 400 BAD_REQUEST in JSON (HAProxy’s HTML 400 before)', async () => {
    expect(refusal(await raw(hub.port, 'NOT HTTP AT ALL\r\n\r\n'))).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(refusal(await raw(hub.port, 'GET /graphql HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n'))).toEqual({ status: 400, code: 'BAD_REQUEST' });
  });

  it('passes a client that stops mid-head to a replica, whose head timeout answers 408 REQUEST_TIMEOUT in JSON (HAProxy’s HTML 408 before)', async () => {
    expect(refusal(await raw(stalling.port, 'GET /graphql HTTP/1.1\r\nHost: x\r\n'))).toEqual({ status: 408, code: 'REQUEST_TIMEOUT' });
  });

  it('has an errorfile in the hub’s shape for every status HAProxy answers itself (400, 403, 408, 500, 502, 503, 504)', () => {
    const files = [...readFileSync(hub.configPath, 'utf8').matchAll(/^\s*errorfile (\d{3}) (\S+)$/gm)].map(([, status, file]) => [Number(status), file!] as const);
    expect(files.map(([status]) => status).sort()).toEqual([400, 403, 408, 500, 502, 503, 504]);
    for (const [status, file] of files) expect(refusal(readFileSync(file, 'utf8')).status).toBe(status);
  });

  it('answers a replica failing mid-request with 502 BAD_GATEWAY in JSON and Retry-After, warning that a mutation may have run', async () => {
    const answer = await through(broken, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: GR }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(answer.status).toBe(502);
    expect(answer.error.extensions.code).toBe('BAD_GATEWAY');
    expect(answer.error.message).toMatch(/mutation/);
    expect(answer.headers['retry-after']).toBe('1');
  });

  it('answers with no replica ready with 503 SERVICE_UNAVAILABLE in JSON and Retry-After (it was HAProxy’s HTML "No server is available")', async () => {
    const post = { method: 'POST', headers: { 'content-type': 'application/json', accept: GR }, body: JSON.stringify({ query: '{ __typename }' }) };
    // Until the health checks have taken the replica out, HAProxy passes requests to it.
    while ((await exchange(unready.port, '/graphql', post)).headers['retry-after'] === undefined) await new Promise((resolve) => setTimeout(resolve, 200));
    const answer = await through(unready, '/graphql', post);
    expect(answer.status).toBe(503);
    expect(answer.error.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(answer.headers['retry-after']).toBe('5');
  });
});
