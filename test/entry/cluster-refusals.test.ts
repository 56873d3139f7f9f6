import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run cluster` with its balancer port already taken — the usual case being `npm start`
 * serving on 4000, the cluster's default port. It used to start PostgreSQL and three replicas
 * first (a minute or more), then start HAProxy, which could not bind; and when what held the
 * port answered /healthz (a hub does), the wait for HAProxy took that answer for HAProxy's and
 * the cluster announced itself at a URL that was another process's.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let holder: Server;
let port: number;

beforeAll(async () => {
  // Answers 200 to everything, /healthz included, as a running hub would.
  holder = createServer((_req, res) => res.end('{"status":"ok"}'));
  await new Promise<void>((resolve) => holder.listen(0, '::', () => resolve()));
  port = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

describe('npm run cluster on a port another process holds', () => {
  it('refuses before starting anything, with one line in English and Chinese and exit code 1', () => {
    // The script `npm run cluster` runs after its setup (scripts/start.mjs: npm ci and the
    // console build when missing, whose output is not this test's business).
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cluster.ts', '--port', String(port)], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, DATABASE_URL: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `cluster: port ${port} is already in use (give another with --port N) / 端口 ${port} 已被占用（请用 --port N 指定其他端口）`,
    ]);
    // Nothing was started: no PostgreSQL, no replica, no balancer URL announced.
    expect(result.stdout).not.toMatch(/PostgreSQL|replica|behind HAProxy/);
  });
});
