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

export interface HaproxyOptions {
  /** How long a connection's first request head may take before it is passed on unparsed (s). */
  headWaitSeconds?: number;
}

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
 * says which it was (414 or 431).
 *
 * HAProxy 2.6 (Debian 12) answers what its HTTP parser refuses — a request head over its
 * buffer, bytes that are not HTTP, a head not finished in time — with its built-in HTML 400 or
 * 408 and ignores `errorfile` for them (haproxy/haproxy#3032, fixed in 3.2). So the frontend
 * first looks at a connection in TCP mode: once its first request head parses as HTTP, the
 * connection becomes HTTP (`switch-mode http`) and goes on as above; one whose head is
 * malformed, fills the buffer or is not complete after `headWaitSeconds` is passed as it is to a
 * replica (replicas-raw), whose parser answers in the hub's shape (431, 400, or 408 at its own
 * head timeout, server/http-client-error.ts). Left with HAProxy's HTML: a later request on a
 * kept-alive connection its parser refuses, and a first one the TCP look passes but the parser
 * refuses (Content-Length with Transfer-Encoding). Matching header text in TCP mode
 * (`req.payload`) is no way out: an ACL that may still match holds every connection for the
 * whole inspect-delay.
 */
export function haproxyConfig(port: number, replicas: { name: string; port: number }[], errorDir: string, options: HaproxyOptions = {}): string {
  return [
    'global',
    '  maxconn 4000',
    '  tune.bufsize 32768',
    'defaults',
    '  mode http',
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
    '  mode tcp',
    `  bind 127.0.0.1:${port}`,
    `  tcp-request inspect-delay ${options.headWaitSeconds ?? 30}s`,
    '  tcp-request content switch-mode http if HTTP',
    '  use_backend replicas if HTTP',
    '  default_backend replicas-raw',
    'backend replicas',
    '  option forwardfor',
    '  balance roundrobin',
    '  option httpchk GET /readyz',
    '  http-check expect status 200',
    ...replicas.map((r) => `  server ${r.name} 127.0.0.1:${r.port} check inter 1s fall 3 rise 2`),
    // Node answers a stalled head at its headersTimeout (60 s), checked every 30 s.
    'backend replicas-raw',
    '  mode tcp',
    '  balance roundrobin',
    '  timeout server 120s',
    ...replicas.map((r) => `  server ${r.name} 127.0.0.1:${r.port} track replicas/${r.name}`),
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
  options: HaproxyOptions = {},
): Promise<Balancer> {
  assertHaproxyInstalled();
  const dir = mkdtempSync(path.join(tmpdir(), 'hub-haproxy-'));
  const configPath = path.join(dir, 'haproxy.cfg');
  for (const answer of BALANCER_ERRORS) writeFileSync(path.join(dir, `${answer.status}.http`), errorFile(answer));
  writeFileSync(configPath, haproxyConfig(port, replicas, dir, options));
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
