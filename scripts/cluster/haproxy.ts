import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BALANCER_ERRORS, errorFile } from './balancer-errors.js';

export interface Balancer {
  port: number;
  configPath: string;
  stop(): Promise<void>;
}

export const HAPROXY = '/usr/sbin/haproxy';

/**
 * HAProxy in front of the replicas, loopback only. HTTP mode understands the WebSocket
 * upgrade by itself; `timeout tunnel` then governs the open socket (subscriptions stay open
 * for hours). Health checks on /readyz take a dead or database-less replica out within a few
 * seconds, and a request whose connection to a dead replica fails is re-sent to another
 * (`retries` + `option redispatch`: safe, as the request never reached a server).
 *
 * What HAProxy answers itself (no replica ready, one failing mid-answer, one too slow) is in
 * the hub's error shape (balancer-errors.ts, `errorfile`), not its HTML pages. Its buffer is
 * twice Node's header limit (16 kB), so a long GET URL or large headers reach a replica, which
 * says which it was (414 or 431); HAProxy's default buffer (16 kB, less its rewrite reserve)
 * refused them first with an HTML 400. A request head over 32 kB still gets that HTML 400:
 * HAProxy 2.6 (Debian 12) ignores `errorfile 400` for what its HTTP parser refuses
 * (haproxy/haproxy#3032, fixed in 3.2).
 */
export function haproxyConfig(port: number, replicas: { name: string; port: number }[], errorDir: string): string {
  return [
    'global',
    '  maxconn 4000',
    '  tune.bufsize 32768',
    'defaults',
    '  mode http',
    '  option forwardfor',
    '  option redispatch',
    '  retries 3',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout tunnel 1h',
    '  timeout http-keep-alive 10s',
    // A busy replica answers /readyz late; judging it dead then sends its share to the others
    // (or, all busy, answers 503 to everyone). A dead one refuses the connection at once.
    '  timeout check 5s',
    ...BALANCER_ERRORS.map(({ status }) => `  errorfile ${status} ${path.join(errorDir, `${status}.http`)}`),
    'frontend hub',
    `  bind 127.0.0.1:${port}`,
    '  default_backend replicas',
    'backend replicas',
    '  balance roundrobin',
    '  option httpchk GET /readyz',
    '  http-check expect status 200',
    ...replicas.map((r) => `  server ${r.name} 127.0.0.1:${r.port} check inter 1s fall 3 rise 2`),
    '',
  ].join('\n');
}

export function assertHaproxyInstalled(): void {
  if (!existsSync(HAPROXY))
    throw new Error('HAProxy is not installed: apt-get install -y haproxy (npm test installs it) / 未安装 HAProxy：请运行 apt-get install -y haproxy');
}

export async function startHaproxy(
  port: number,
  replicas: { name: string; port: number }[],
): Promise<Balancer> {
  assertHaproxyInstalled();
  const dir = mkdtempSync(path.join(tmpdir(), 'hub-haproxy-'));
  const configPath = path.join(dir, 'haproxy.cfg');
  for (const answer of BALANCER_ERRORS) writeFileSync(path.join(dir, `${answer.status}.http`), errorFile(answer));
  writeFileSync(configPath, haproxyConfig(port, replicas, dir));
  // -db: foreground, no daemon; the process is ours to stop.
  const child: ChildProcess = spawn(HAPROXY, ['-db', '-f', configPath], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(
    port,
    () => child.exitCode !== null,
    () => stderr,
  );
  return {
    port,
    configPath,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, died: () => boolean, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (died()) throw new Error(`haproxy exited: ${stderr()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`haproxy did not answer on ${port}: ${stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
