import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/access-app.js';
import { createClientWithKey } from '../support/access-world.js';
import { createInsurer, createPartner } from '../factories/records.js';

/**
 * /graphql and the upload routes decide who may import before they read the file: a refused caller's answer
 * comes while the body is still on its way (the knowledge route used to buffer all 32 MB, then
 * refuse), in the routes' JSON shape, and the connection closes after it, so the hub reads little
 * of what it refused (Node would otherwise drain a kept-alive connection's body to its end).
 */
let hub: TestApp;
const keys: Record<string, string> = {};
/** What the raw client claims to send: far beyond what a refusal may read. */
const DECLARED = 64 << 20;
const CHUNK = Buffer.alloc(64 << 10, 0x61);

beforeAll(async () => {
  hub = await startTestApp();
  const insurer = await createInsurer(hub.prisma);
  const partner = await createPartner(hub.prisma);
  keys.insurer = (await createClientWithKey(hub.prisma, { role: 'INSURER_ADMIN', insurerId: insurer.id })).secret;
  keys.partner = (await createClientWithKey(hub.prisma, { role: 'PARTNER', partnerId: partner.id })).secret;
  keys.integrator = (await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: insurer.id })).secret;
});
afterAll(() => hub?.close());

interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  /** Body bytes the socket took before the hub closed it (or all of DECLARED if it never did). */
  written: number;
}

/**
 * Sends the request line, headers and one 64 kB chunk of a body declared 64 MB, reads the answer,
 * then keeps sending until the hub closes the connection or the declared body is all sent.
 */
function refusedUpload(path: string, headers: Record<string, string>): Promise<Refusal> {
  const url = new URL(hub.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    let raw = '';
    let written = 0;
    let answer: Omit<Refusal, 'written'> | null = null;
    const finish = () => (answer ? resolve({ ...answer, written }) : reject(new Error(`closed without an answer: ${raw}`)));
    const pump = () => {
      while (written < DECLARED && !socket.destroyed) {
        written += CHUNK.length;
        if (!socket.write(CHUNK)) return void socket.once('drain', pump);
      }
      if (written >= DECLARED) socket.end();
    };
    socket.on('error', () => socket.destroy());
    socket.on('close', finish);
    socket.on('data', (data) => {
      raw += data.toString('utf8');
      const end = raw.indexOf('\r\n\r\n');
      if (answer || end < 0) return;
      const [statusLine, ...lines] = raw.slice(0, end).split('\r\n');
      const head = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const length = Number(head['content-length']);
      if (Buffer.byteLength(raw.slice(end + 4)) < length) return;
      answer = { status: Number(statusLine!.split(' ')[1]), headers: head, body: JSON.parse(raw.slice(end + 4, end + 4 + length)) as Record<string, unknown> };
      pump();
    });
    const head = Object.entries({ host: url.host, 'content-length': String(DECLARED), ...headers }).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.write(`POST ${path} HTTP/1.1\r\n${head.join('')}\r\n`);
    written += CHUNK.length;
    socket.write(CHUNK);
  });
}


describe('/graphql refuses a body it will not read before reading it', () => {
  it.each([
    ['application/json', 413, 'PAYLOAD_TOO_LARGE'],
    ['text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ] as const)('an anonymous POST of %s declared 64 MB answers %i %s at once and closes after reading little', async (type, status, code) => {
    const refusal = await refusedUpload('/graphql', { 'content-type': type, accept: 'application/json' });
    expect(refusal.status).toBe(status);
    expect(refusal.body).toMatchObject({ errors: [{ extensions: { code, messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) } }] });
    expect(refusal.headers.connection).toBe('close');
    expect(refusal.written).toBeLessThan(DECLARED / 2);
  }, 30_000);
});

describe('upload routes refuse before reading the file', () => {
  it.each([
    ['/knowledge/import?format=ndjson', null, 401, 'UNAUTHENTICATED'],
    ['/knowledge/import?format=ndjson', 'partner', 403, 'FORBIDDEN'],
    ['/knowledge/import?format=ndjson', 'integrator', 403, 'FORBIDDEN'],
    ['/knowledge/import?format=ndjson&national=true', 'insurer', 403, 'FORBIDDEN'],
    ['/knowledge/import?format=ndjson&insurerId=00000000-0000-4000-8000-000000000000', 'insurer', 404, 'NOT_FOUND'],
    ['/knowledge/import?format=xml', 'insurer', 400, 'BAD_USER_INPUT'],
    ['/knowledge/import?format=ndjson', 'ahk_nope', 401, 'UNAUTHENTICATED'],
    ['/claims/import', null, 401, 'UNAUTHENTICATED'],
    ['/claims/import', 'partner', 403, 'FORBIDDEN'],
  ] as const)('POST %s (key %s) answers %i %s at once and closes after reading little', async (path, key, status, code) => {
    const secret = key === null ? null : (keys[key] ?? key);
    const refusal = await refusedUpload(path, { 'content-type': 'application/x-ndjson', ...(secret ? { authorization: `Bearer ${secret}` } : {}) });
    expect(refusal.status).toBe(status);
    expect(refusal.body).toMatchObject({ code, error: expect.any(String), errorZh: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(refusal.headers.connection).toBe('close');
    // The hub stops after about a megabyte; the kernel's socket buffers take a few more.
    expect(refusal.written).toBeLessThan(DECLARED / 2);
  }, 30_000);
});
