import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../startup-error.js';

/**
 * An embedded data directory may be open in one process only (PGlite has no cross-process
 * locking). A lock file next to it refuses a second hub and is taken over when stale.
 *
 * The file holds the holder's pid and, on Linux, its start time (from /proc): after a crash or
 * a power cut the file stays behind, and after a reboot or in a restarted container its pid
 * soon belongs to another process. A pid alone then refused every start ("in use by process
 * 7") until someone deleted the file; a pid whose start time differs is another process.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockFile = `${dataDir}.lock`;
  const mine = [process.pid, startTime(process.pid)].filter((x) => x !== undefined).join(' ');
  try {
    writeFileSync(lockFile, mine, { flag: 'wx' });
  } catch {
    const [pid, started] = readFileSync(lockFile, 'utf8').trim().split(/\s+/);
    const holder = Number(pid);
    if (holder && holder !== process.pid && holds(holder, started)) {
      throw new StartupError(
        `the embedded database at ${dataDir} is in use by process ${holder} (one process at a time: stop that hub first, or use another DATA_DIR)`,
        `嵌入式数据库 ${dataDir} 正被进程 ${holder} 使用（一次只能由一个进程打开：请先停止那个 hub，或换一个 DATA_DIR）`,
      );
    }
    writeFileSync(lockFile, mine);
  }
  return () => rmSync(lockFile, { force: true });
}

/** Whether the process that wrote the lock still runs: alive, and (when recorded) started when it did. */
export function holds(pid: number, recordedStart: string | undefined): boolean {
  if (!isAlive(pid)) return false;
  const now = recordedStart === undefined ? undefined : startTime(pid);
  return now === undefined || now === recordedStart;
}

/** Field 22 of /proc/<pid>/stat (clock ticks since boot); undefined where there is no /proc. */
export function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
