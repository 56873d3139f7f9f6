/**
 * The hand-written limit: a bare node:http server with a pg Pool that answers the same three
 * questions as the hub with ONE prepared statement per request (PostgreSQL builds the JSON),
 * after the same API-key check with the same 5-s key cache as the hub (bench/key-cache.ts).
 * Run as its own process (forked by graphql-vs-sql.ts) so it meets the load generator on the
 * same terms as the other servers.
 *   POST /q1 | /q2 | /q3  body {"variables":{…}}  Authorization: Bearer ahk_…
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { InsurerKeyCache } from './key-cache.js';
import { SQL, sqlParams, type QueryName } from './queries.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
// The same pool size as the hub's, and the hub's session settings (server/db/postgres.ts: JIT
// off), so all three meet the same PostgreSQL.
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 10, options: '-c jit=off' });
const keys = new InsurerKeyCache(pool);
let statements = 0;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const name = req.url?.slice(1) as QueryName;
  if (req.method !== 'POST' || !(name in SQL)) return send(res, 404, '{"error":"not found"}');
  const body = JSON.parse(await readBody(req)) as { variables?: Record<string, unknown> };
  const insurerId = await keys.insurerOf(req.headers.authorization);
  if (!insurerId) return send(res, 401, '{"error":"unauthenticated"}');
  statements++;
  // A named statement is parsed and planned once per pooled connection, then only bound and executed.
  const { rows } = await pool.query<{ data: string }>({
    name: `bench_${name}`, text: SQL[name], values: [insurerId, ...sqlParams(name, body.variables ?? {})],
  });
  send(res, 200, `{"data":${rows[0]!.data}}`);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, '{"error":"internal"}');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ ready: `http://127.0.0.1:${port}` });
});
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ statements: statements + keys.lookups });
  if (message === 'stop') {
    server.closeAllConnections();
    server.close(() => void pool.end().then(() => process.exit(0)));
  }
});
