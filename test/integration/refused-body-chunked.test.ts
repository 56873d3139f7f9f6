import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/access-app.js';
import { createClientWithKey } from '../support/access-world.js';
import { createInsurer } from '../factories/records.js';

/**
 * Bodies that declare no length (Transfer-Encoding: chunked) and clients that wait for
 * `100 Continue`. A chunked body over the limit is refused as it passes the limit, and the
 * connection closes: body-parser read the rest to its end first (an anonymous 64 MB chunked
 * POST to /graphql was read whole, then answered 413 on a kept-alive connection). A client
 * sending `Expect: 100-continue` is told to send only once its credential is good: Node
 * answered `100 Continue` to every such request before any route ran.
 */
let hub: TestApp;
const keys: Record<string, string> = {};
/** Far beyond every limit here (/graphql 1 MB, a knowledge batch 32 MB). */
const SENT = 64 << 20;
const CHUNK = Buffer.alloc(64 << 10, 0x20);

beforeAll(async () => {
  hub = await startTestApp();
  const insurer = await createInsurer(hub.prisma);
  keys.insurer = (await createClientWithKey(hub.prisma, { role: 'INSURER_ADMIN', insurerId: insurer.id })).secret;
});
afterAll(() => hub?.close());

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/** Reads answers off a raw socket: each status line with its headers, and a JSON body by Content-Length. */
function answers(socket: net.Socket, onAnswer: (answer: Answer) => void): void {
  let raw = Buffer.alloc(0);
  socket.on('data', (data: Buffer) => {
    raw = Buffer.concat([raw, data]);
    for (;;) {
      const end = raw.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const length = Number(headers['content-length'] ?? 0);
      if (raw.length < end + 4 + length) return;
      const text = raw.subarray(end + 4, end + 4 + length).toString('utf8');
      raw = raw.subarray(end + 4 + length);
      onAnswer({ status: Number(statusLine!.split(' ')[1]), headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
    }
  });
}

function connect(): [net.Socket, URL] {
  const url = new URL(hub.url);
  const socket = net.connect(Number(url.port), url.hostname);
  socket.on('error', () => socket.destroy());
  return [socket, url];
}

/**
 * POSTs SENT bytes in chunks without waiting for an answer, until the hub closes the
 * connection or all is sent; says how much had been sent when the answer came.
 */
function chunkedUpload(path: string, headers: Record<string, string>): Promise<Answer & { sentBeforeAnswer: number }> {
  const [socket, url] = connect();
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answer: (Answer & { sentBeforeAnswer: number }) | null = null;
    answers(socket, (a) => (answer ??= { ...a, sentBeforeAnswer: sent }));
    socket.on('close', () => (answer ? resolve(answer) : reject(new Error('closed without an answer'))));
    const head = Object.entries({ host: url.host, 'transfer-encoding': 'chunked', ...headers }).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.write(`POST ${path} HTTP/1.1\r\n${head.join('')}\r\n`);
    // As curl does: a megabyte at a time with the answer read in between, and no more body once
    // the answer has come (a client that never reads while it sends can meet the hub's reset
    // after the lingering close, and lose the answer it had not read).
    const pump = () => {
      for (let turn = 0; sent < SENT && !socket.destroyed && answer === null; turn += 1) {
        if (turn === 16) return void setImmediate(pump);
        sent += CHUNK.length;
        socket.write(`${CHUNK.length.toString(16)}\r\n`);
        socket.write(CHUNK);
        if (!socket.write('\r\n')) return void socket.once('drain', pump);
      }
      if (!socket.destroyed && answer === null) socket.end('0\r\n\r\n');
    };
    pump();
  });
}

describe('a chunked body over the limit is refused as it passes the limit', () => {
  it('an anonymous chunked POST to /graphql answers 413 before its end and closes', async () => {
    const answer = await chunkedUpload('/graphql', { 'content-type': 'application/json', accept: 'application/json' });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) } }] });
    expect(answer.headers.connection).toBe('close');
    expect(answer.sentBeforeAnswer).toBeLessThan(SENT / 2);
  }, 60_000);

  it('a chunked gzip body that inflates past the limit is refused before its end', async () => {
    // 64 MB of gzip that is not gzip: refused at its first bytes (400), not after reading all of it.
    const answer = await chunkedUpload('/graphql', { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    expect(answer.sentBeforeAnswer).toBeLessThan(SENT / 2);
  }, 60_000);

  it("an insurer admin's chunked knowledge batch over 32 MB answers 413 before its end and closes", async () => {
    const answer = await chunkedUpload('/knowledge/import?format=ndjson', { 'content-type': 'application/x-ndjson', authorization: `Bearer ${keys.insurer}` });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', errorZh: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(answer.headers.connection).toBe('close');
    expect(answer.sentBeforeAnswer).toBeLessThan(SENT);
  }, 60_000);
});

/**
 * Sends headers with `Expect: 100-continue` and waits for the first answer: `100` sends the
 * body and returns the final answer too; anything else is final and the body is never sent.
 */
function expectContinue(path: string, headers: Record<string, string>, body: string): Promise<{ first: number; final: Answer }> {
  const [socket, url] = connect();
  return new Promise((resolve, reject) => {
    let first: number | null = null;
    answers(socket, (a) => {
      first ??= a.status;
      if (a.status === 100) return void socket.write(body);
      resolve({ first, final: a });
      socket.destroy();
    });
    socket.on('close', () => reject(new Error('closed without an answer')));
    const head = Object.entries({ host: url.host, expect: '100-continue', 'content-length': String(Buffer.byteLength(body)), ...headers }).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.write(`POST ${path} HTTP/1.1\r\n${head.join('')}\r\n`);
  });
}

describe('Expect: 100-continue is answered after the credential is checked', () => {
  const query = JSON.stringify({ query: '{ viewer { role } }' });

  it.each([
    ['/graphql', 'application/json'],
    ['/knowledge/import?format=ndjson', 'application/x-ndjson'],
    ['/claims/import', 'application/x-ndjson'],
  ])('a bad key on %s is refused 401 without 100 Continue', async (path, type) => {
    const { first, final } = await expectContinue(path, { 'content-type': type, authorization: 'Bearer ahk_nope_NotAKeyAtAll', accept: 'application/json' }, query);
    expect(first).toBe(401);
    expect(final.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(JSON.stringify(final.body)).toContain('UNAUTHENTICATED');
  });

  it('anonymous uploads are refused 401 without 100 Continue', async () => {
    const { first } = await expectContinue('/claims/import', { 'content-type': 'application/x-ndjson' }, '{}\n');
    expect(first).toBe(401);
  });

  it('a good key on /graphql is told to continue, and the operation runs as that key', async () => {
    const { first, final } = await expectContinue('/graphql', { 'content-type': 'application/json', authorization: `Bearer ${keys.insurer}` }, query);
    expect(first).toBe(100);
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({ data: { viewer: { role: 'INSURER_ADMIN' } } });
  });

  it('an anonymous /graphql request (a log-in) is told to continue', async () => {
    const { first, final } = await expectContinue('/graphql', { 'content-type': 'application/json' }, JSON.stringify({ query: '{ __typename }' }));
    expect(first).toBe(100);
    expect(final.body).toMatchObject({ data: { __typename: 'Query' } });
  });
});
