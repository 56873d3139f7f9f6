import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` under a process manager: `docker stop`, Kubernetes and `kill <pid>` send SIGTERM
 * to npm's own process only. npm forwards it to the shell running the script; a shell that
 * does not exec its command (Debian's dash) dies of it and npm exits, while the hub, orphaned,
 * kept serving, holding the port and the embedded database's lock (so the next start was
 * refused: "in use by process …"). The scripts exec their command, so the signal reaches the
 * hub, which drains and stops before npm exits.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dataDir: string;
let hubPid = 0;

afterAll(async () => {
  // A hub left behind by a failing run must not outlive the test.
  if (hubPid && isAlive(hubPid)) process.kill(hubPid, 'SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function started(npm: ChildProcess): Promise<string> {
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not start the hub:\n${out}`)), 150_000);
    npm.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('hub started')) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    npm.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
  });
}

describe('npm start stopped by a SIGTERM sent to npm alone', () => {
  it('stops the hub gracefully before npm exits, releasing the data directory', { timeout: 180_000 }, async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'hub-npm-start-'));
    const npm = spawn('npm', ['run', '-s', 'start'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'development', PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = await started(npm);
    npm.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    const lockFile = `${path.join(dataDir, 'pglite')}.lock`;
    // The lock holds the hub's pid, then its start time (server/db/data-dir-lock.ts).
    hubPid = Number(readFileSync(lockFile, 'utf8').split(' ')[0]);
    expect(hubPid).toBeGreaterThan(0);
    expect(hubPid).not.toBe(npm.pid);

    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    npm.kill('SIGTERM');
    const code = await exited;

    expect(isAlive(hubPid)).toBe(false);
    expect(output).toContain('"signal":"SIGTERM","msg":"shutting down"');
    expect(existsSync(lockFile)).toBe(false);
    expect(code).toBe(0);
  });
});
