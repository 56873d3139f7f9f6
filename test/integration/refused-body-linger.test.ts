import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/access-app.js';
import { LINGER_MS } from '../../server/http-unread-body.js';

/**
 * A refusal answered while the body is still arriving closes with a lingering close: the answer,
 * then FIN, and the hub keeps reading (and dropping) what the client was already sending. It used
 * to destroy the socket as soon as the answer was flushed; the client's next bytes then met a
 * closed socket, the kernel answered with a reset, and a client that had not yet read the answer
 * lost it (a CI run saw "closed without an answer" for a 413).
 */
let hub: TestApp;
beforeAll(async () => {
  hub = await startTestApp();
});
afterAll(() => hub?.close());

interface Outcome {
  status: number;
  /** The socket's error after the answer, if any (ECONNRESET when the hub reset the connection). */
  error: string | null;
  /** Milliseconds from the answer to the socket's close. */
  closedAfterMs: number;
}

/**
 * An anonymous upload to /knowledge/import declaring 64 MB: sends a first chunk, reads the 401 and
 * the hub's FIN (the client keeps its own side open), then `after` runs, and the close is awaited.
 */
function refusedThen(after: (socket: net.Socket) => void): Promise<Outcome> {
  const url = new URL(hub.url);
  return new Promise((resolve) => {
    const socket = net.connect({ port: Number(url.port), host: url.hostname, allowHalfOpen: true });
    let raw = '';
    let status = 0;
    let answeredAt = 0;
    let error: string | null = null;
    socket.on('data', (data: Buffer) => {
      raw += data.toString('latin1');
      if (status === 0 && raw.includes('\r\n\r\n')) {
        status = Number(raw.split(' ')[1]);
        answeredAt = Date.now();
      }
    });
    socket.on('end', () => after(socket));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => resolve({ status, error, closedAfterMs: Date.now() - answeredAt }));
    socket.write(`POST /knowledge/import?format=ndjson HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/x-ndjson\r\ncontent-length: ${64 << 20}\r\n\r\n`);
    socket.write(Buffer.alloc(64 << 10, 0x61));
  });
}

describe('a refusal while the body arrives closes without a reset', () => {
  it('the client may go on sending after the answer and its FIN: the hub reads and drops it, no reset', async () => {
    const outcome = await refusedThen((socket) => {
      // Still within the drain allowance (1 MiB): four more chunks, then the client's own FIN.
      for (let i = 0; i < 4; i += 1) socket.write(Buffer.alloc(64 << 10, 0x61));
      setTimeout(() => socket.end(), 100);
    });
    expect(outcome.status).toBe(401);
    expect(outcome.error).toBeNull();
  }, 30_000);

  it('a client that goes on sending without closing is cut off after the lingering time, not before', async () => {
    // One small chunk every 250 ms (well within the drain allowance): taken while the hub
    // lingers, met with a reset once it has closed.
    const outcome = await refusedThen((socket) => {
      const tick = setInterval(() => (socket.destroyed ? clearInterval(tick) : socket.write(Buffer.alloc(1 << 10, 0x61))), 250);
    });
    expect(outcome.status).toBe(401);
    expect(outcome.error).toMatch(/ECONNRESET|EPIPE/);
    expect(outcome.closedAfterMs).toBeGreaterThanOrEqual(LINGER_MS - 50);
  }, 30_000);
});
