import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir, startTime } from './data-dir-lock.js';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hub-lock-'));
  dirs.push(dir);
  return path.join(dir, 'pglite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded data directory lock', () => {
  it('refuses a second process while the holder runs, in English and Chinese', () => {
    const dir = dataDir();
    // The parent of this test process is alive and is not this process.
    writeFileSync(`${dir}.lock`, `${process.ppid} ${startTime(process.ppid)}`);
    expect(() => lockDataDir(dir)).toThrow(
      `in use by process ${process.ppid} (one process at a time: stop that hub first, or use another DATA_DIR) / 嵌入式数据库 ${dir} 正被进程 ${process.ppid} 使用`,
    );
  });

  it('takes over a lock whose pid now belongs to another process (a reboot, a restarted container)', () => {
    const dir = dataDir();
    // Same live pid, another start time: the hub that wrote it died and the pid was reused.
    writeFileSync(`${dir}.lock`, `${process.ppid} 1`);
    const unlock = lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(`${process.pid} ${startTime(process.pid)}`);
    unlock();
  });

  it('takes over a lock of a process that is gone, and releases it', () => {
    const dir = dataDir();
    writeFileSync(`${dir}.lock`, '2147483646');
    const unlock = lockDataDir(dir);
    unlock();
    expect(() => readFileSync(`${dir}.lock`)).toThrow(/ENOENT/);
  });
});
