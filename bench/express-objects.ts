/**
 * npx tsx bench/express-objects.ts — what Express costs per request before any route does
 * work, in one process (client and server share it; CPU per request = process.cpuUsage over
 * 2,000 requests from 8 keep-alive clients, variants alternated, 10 measured rounds, median).
 * Each Express variant has the shape of the hub's /graphql (server/http.ts): an outer app with
 * a request-id middleware, /graphql mounted with 12 pass-through middlewares, the body read,
 * a JSON answer written with `res.end`. Variants: bare Node; a sub-application (as the hub was
 * until 2026-12-07); a router; a router with requests and responses created as the app's own
 * objects (`expressServerOptions`, as the hub now runs).
 */
import http from 'node:http';
import express from 'express';
import { expressServerOptions } from '../server/http.js';

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const BODY = '{"data":{"receiveTipOff":{"auditSeq":"1"}}}\n';

function answer(req: http.IncomingMessage, res: http.ServerResponse): void {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(BODY));
    res.end(BODY);
  });
}

function hubShaped(sub: boolean): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((_req, res, next) => {
    res.locals.requestId = 'x';
    next();
  });
  const graphql = sub ? express() : express.Router();
  for (let i = 0; i < 12; i += 1) graphql.use((_req, _res, next) => next());
  graphql.use((req, res) => answer(req, res));
  app.use('/graphql', graphql);
  return app;
}

async function serve(handler: http.RequestListener, options: http.ServerOptions = {}): Promise<[http.Server, number]> {
  const server = http.createServer(options, handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return [server, (server.address() as { port: number }).port];
}

function post(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const body = '{"query":"{ __typename }"}';
    const req = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        res.resume();
        res.on('end', resolve);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const born = hubShaped(false);
const variants: [string, [http.Server, number]][] = [
  ['bare Node http', await serve(answer)],
  ['Express, /graphql a sub-application', await serve(hubShaped(true))],
  ['Express, /graphql a router', await serve(hubShaped(false))],
  ['Express, router, objects born as the app\'s', await serve(born, expressServerOptions(born))],
];
const perRequest = new Map<string, number[]>();
for (let round = 0; round < 12; round += 1) {
  for (const [name, [, port]] of variants) {
    const n = 2000;
    let sent = 0;
    const cpu0 = process.cpuUsage();
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (sent++ < n) await post(port);
    }));
    const cpu = process.cpuUsage(cpu0);
    if (round >= 2) perRequest.set(name, [...(perRequest.get(name) ?? []), (cpu.user + cpu.system) / n]);
  }
}
for (const [name, xs] of perRequest) {
  const sorted = [...xs].sort((a, b) => a - b);
  console.log(`${name.padEnd(46)} median ${sorted[sorted.length >> 1]!.toFixed(1)} µs CPU per request (client + server), min ${sorted[0]!.toFixed(1)}`);
}
agent.destroy();
for (const [, [server]] of variants) server.close();
