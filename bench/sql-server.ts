/**
 * The hand-written baseline: a bare node:http server with a pg Pool that answers the same three
 * questions as the hub with one authenticating statement and one data statement each,
 * returning the JSON PostgreSQL built. Run as its own process (forked by graphql-vs-sql.ts) so
 * it meets the load generator on the same terms as the hub does.
 *   POST /q1 | /q2 | /q3  body {"variables":{…}}  Authorization: Bearer ahk_…
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { apiKeyMatches, parseApiKey } from '../server/auth/api-key.js';
import { SQL, SQL_AUTH, sqlParams, type QueryName } from './queries.js';

interface AuthRow {
  keyHash: string;
  revokedAt: Date | null;
  expiresAt: Date | null;
  disabledAt: Date | null;
  role: string;
  insurerId: string | null;
}

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
// The same pool size as the hub's (DATABASE_POOL_SIZE, default 10).
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 10 });
let statements = 0;

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
  statements++;
  return (await pool.query<T>({ text, values })).rows;
}

/** The insurer a presented key acts for, or null (→ 401), checked as resolve-viewer.ts checks it. */
async function insurerOf(req: IncomingMessage): Promise<string | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  const parsed = match ? parseApiKey(match[1]!) : null;
  if (!parsed) return null;
  const [row] = await query<AuthRow>(SQL_AUTH, [parsed.prefix]);
  if (!row || !apiKeyMatches(match![1]!, row.keyHash)) return null;
  if (row.revokedAt || (row.expiresAt && row.expiresAt <= new Date()) || row.disabledAt) return null;
  return row.insurerId;
}

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
  const insurerId = await insurerOf(req);
  if (!insurerId) return send(res, 401, '{"error":"unauthenticated"}');
  const [row] = await query<{ data: string }>(SQL[name], [insurerId, ...sqlParams(name, body.variables ?? {})]);
  send(res, 200, `{"data":${row!.data}}`);
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
  if (message === 'stats') process.send?.({ statements });
  if (message === 'stop') {
    server.closeAllConnections();
    server.close(() => void pool.end().then(() => process.exit(0)));
  }
});
