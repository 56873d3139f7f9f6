import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { expressServerOptions, newExpressApp } from './http.js';

describe("requests and responses created as the Express app's objects", () => {
  it('are born with the app prototypes, so Express never re-parents them, and still work as Node objects', async () => {
    const app = newExpressApp();
    const seen: { request: boolean; response: boolean; body: string }[] = [];
    app.post('/echo', (req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        seen.at(-1)!.body = body;
        res.status(201).json({ ip: req.ip, body });
      });
    });
    const server = createServer(expressServerOptions(app), (req: IncomingMessage, res: ServerResponse) => {
      // Before Express has run: the objects already are the app's.
      seen.push({ request: Object.getPrototypeOf(req) === app.request, response: Object.getPrototypeOf(res) === app.response, body: '' });
      app(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/echo', method: 'POST', headers: { 'content-type': 'text/plain' } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end('举报内容');
      });
      expect(seen).toEqual([{ request: true, response: true, body: '举报内容' }]);
      expect(answer.status).toBe(201);
      expect(JSON.parse(answer.body)).toEqual({ ip: '127.0.0.1', body: '举报内容' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
