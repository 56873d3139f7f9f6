import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startingAnswer } from './starting-answer.js';

/** The listener server/app.ts serves with until the hub is ready, on a real HTTP server. */
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer(startingAnswer());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('while the hub is starting', () => {
  it.each([
    ['a GraphQL POST', '/graphql', 'POST', 'application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
    ['a GraphQL GET asking for application/json', '/graphql?query=%7B__typename%7D', 'GET', 'application/json', 'application/json; charset=utf-8'],
    ['the console', '/admin/', 'GET', 'text/html', 'application/json; charset=utf-8'],
  ])('answers %s 503 SERVICE_UNAVAILABLE in the GraphQL error shape with Retry-After (it was text/plain "starting")', async (_name, path, method, accept, type) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { accept, 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: JSON.stringify({ query: '{ __typename }' }) } : {}),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toBe(type);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body).not.toHaveProperty('data');
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      messageEn: body.errors[0]!.message,
      messageZh: expect.stringMatching(/^服务正在启动.*1 秒后重试$/),
      retryAfterSeconds: 1,
    });
  });

  it('answers liveness 200 (the process is alive while it migrates: it was 503, and a liveness probe restarted it) and readiness 503', async () => {
    const live = await fetch(`${url}/healthz`);
    expect(live.status).toBe(200);
    expect(live.headers.get('cache-control')).toBe('no-store');
    expect(await live.json()).toEqual({ status: 'starting' });
    expect((await fetch(`${url}/healthz`, { method: 'HEAD' })).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('1');
    expect(await ready.json()).toEqual({ status: 'starting' });
  });

  it('refuses a WebSocket upgrade with the same 503 (no upgrade listener yet)', async () => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const answer = await new Promise<{ status: number; retryAfter: unknown }>((resolve, reject) => {
      ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] }));
      ws.once('open', () => reject(new Error('the socket opened')));
      ws.once('error', reject);
    });
    ws.terminate();
    expect(answer).toEqual({ status: 503, retryAfter: '1' });
  });
});
