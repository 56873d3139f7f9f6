import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { GR, codes, httpProbe, type Answer } from '../support/http-probe.js';

/**
 * What a GraphQL-over-HTTP audit meets beside /graphql's own requests: other paths, an empty
 * POST, and requests Node's HTTP parser refuses before any route runs. Each answer is a
 * GraphQL error body in JSON with a stable code and zh and en, never an HTML page or a bare
 * status line.
 */
const { call, url, key } = httpProbe();
const HAN = /[\u4e00-\u9fff]/;

function expectJsonRefusal(answer: { status: number; type: string | null; text: string }, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.type).toMatch(/^application\/(json|graphql-response\+json); charset=utf-8$/);
  const body = JSON.parse(answer.text) as Answer['body'];
  expect(body).not.toHaveProperty('data');
  expect(codes({ body } as Answer)).toEqual([code]);
  expect(body.errors![0]!.extensions).toMatchObject({ messageEn: body.errors![0]!.message, messageZh: expect.stringMatching(HAN) });
}

/** What the hub answers to these bytes on a new connection, until it closes it. */
function rawExchange(request: string): Promise<string> {
  const { port, hostname } = new URL(url());
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let text = '';
    socket.on('data', (chunk) => (text += String(chunk)));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

async function fetched(path: string, init: RequestInit = {}) {
  const res = await fetch(`${url()}${path}`, init);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('paths', () => {
  it.each(['/graphql/v1', '/graphql/graphql', '/graphql/x/y'])('answers %s with 404 NOT_FOUND: GraphQL is served at /graphql only (a sub-path ran operations)', async (path) => {
    const answer = await fetched(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${key()}`, 'content-type': 'application/json', accept: GR },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expectJsonRefusal(answer, 404, 'NOT_FOUND');
    expect(answer.type).toBe(`${GR}; charset=utf-8`);
  });

  it('still serves /graphql/ (the same resource, trailing slash)', async () => {
    const answer = await fetched('/graphql/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(JSON.parse(answer.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it.each([
    ['GET', '/nothing-here'],
    ['POST', '/api/graphql'],
    ['POST', '/healthz'],
    ['DELETE', '/readyz'],
  ])('answers %s %s with 404 NOT_FOUND in JSON (it was Express’s HTML page)', async (method, path) => {
    const answer = await fetched(path, { method, headers: { accept: 'text/html,application/json;q=0.9' } });
    expectJsonRefusal(answer, 404, 'NOT_FOUND');
    expect(answer.text).not.toMatch(/<html|<pre>/i);
  });
});

describe('empty and unparseable requests', () => {
  it.each([GR, 'application/json'])('answers a POST labelled application/json without a body with 400 BAD_REQUEST saying the body is empty (it was 415 "not application/json"; Accept %s)', async (accept) => {
    // No Content-Length, no Transfer-Encoding (`curl -X POST -H 'content-type: application/json'`).
    const [head, body] = (await rawExchange(`POST /graphql HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nAccept: ${accept}\r\nConnection: close\r\n\r\n`)).split('\r\n\r\n');
    const status = Number(/^HTTP\/1\.1 (\d+)/.exec(head!)![1]);
    const type = /\r\ncontent-type: ([^\r]*)/i.exec(head!)![1]!;
    expectJsonRefusal({ status, type, text: body! }, 400, 'BAD_REQUEST');
    expect(JSON.parse(body!).errors[0].message).toMatch(/empty/);
  });

  it('answers an empty body (Content-Length: 0) as one without `query`', async () => {
    const answer = await call({ headers: { 'content-type': 'application/json', accept: GR, 'content-length': '0' }, body: '' });
    expectJsonRefusal(answer, 400, 'BAD_REQUEST');
    expect(answer.body.errors![0]!.message).toMatch(/`query`/);
  });

  it.each([
    // The request line alone past Node's limit, and over half of it beside headers of 9 kB.
    ['a GET URL longer than Node takes', `{ __typename ${'__typename '.repeat(2000)}}`, {}],
    ['a GET URL that is most of what overflowed', `{ __typename ${'__typename '.repeat(900)}}`, { 'x-trace': 'b'.repeat(7000) }],
  ])('answers %s with 414 URI_TOO_LONG saying to POST it (it was 431 "headers too large"; spec: 414 for a URI too long)', async (_name, query, headers) => {
    const answer = await fetched(`/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: GR, ...headers } });
    expectJsonRefusal(answer, 414, 'URI_TOO_LONG');
    expect(JSON.parse(answer.text).errors[0].message).toMatch(/URL.*POST/);
    expect(JSON.parse(answer.text).errors[0].extensions.messageZh).toMatch(/POST/);
  });

  it('answers headers larger than Node takes, the URL short, with 431 in JSON naming the headers (it was a bare status line)', async () => {
    const answer = await fetched('/graphql?query=%7B__typename%7D', { headers: { accept: GR, cookie: `pad=${'c'.repeat(20_000)}` } });
    expectJsonRefusal(answer, 431, 'REQUEST_HEADERS_TOO_LARGE');
    expect(JSON.parse(answer.text).errors[0].message).toMatch(/headers/);
    expect(JSON.parse(answer.text).errors[0].message).not.toMatch(/POST/);
  });

  it('answers an HTTP/1.1 request or WebSocket upgrade without Host with 400 in JSON naming the header (Node answered a bare 400 with an empty body; ws took the upgrade)', async () => {
    const [head, body] = (await rawExchange(`GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nAccept: ${GR}\r\nConnection: close\r\n\r\n`)).split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toMatch(/\r\nContent-Type: application\/json; charset=utf-8\r\n/i);
    expect(JSON.parse(body!)).toMatchObject({ errors: [{ message: expect.stringMatching(/Host/), extensions: { code: 'BAD_REQUEST', messageZh: expect.stringMatching(HAN) } }] });
    const upgrade = await rawExchange(`GET /graphql HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`);
    expect(upgrade).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[^]*"message":"An HTTP\/1\.1 request must carry a Host header"/);
    // HTTP/1.0 has no Host header to require.
    expect(await rawExchange(`GET /graphql?query=%7B__typename%7D HTTP/1.0\r\nAccept: ${GR}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });

  it('answers bytes that are not HTTP with 400 in JSON', async () => {
    const [head, body] = (await rawExchange('HELLO /graphql FOO\r\n\r\n')).split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toMatch(/\r\nContent-Type: application\/json; charset=utf-8\r\n/);
    expect(JSON.parse(body!)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST', messageZh: expect.stringMatching(HAN) } }] });
  });
});
