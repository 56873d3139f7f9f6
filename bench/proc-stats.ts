/**
 * CPU and memory of the processes under load, read from /proc (Linux): a server process's
 * user+system CPU time and resident set, and the CPU of every backend of the benchmark's
 * PostgreSQL (the children of its postmaster), so each request's cost can be split between
 * the server and the database.
 */
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_MS = 100 / 1000; // USER_HZ is 100 on Linux

/** utime + stime of one process in ms (0 when it is gone). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command: state(0) ppid(1) … utime(11) stime(12)
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS;
  } catch {
    return 0;
  }
}

function ppidOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  }
}

/** CPU ms of a postmaster and of each of its backends, by pid. */
export function treeCpu(rootPid: number): Map<number, number> {
  const cpu = new Map<number, number>([[rootPid, cpuMs(rootPid)]]);
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (Number.isInteger(pid) && ppidOf(pid) === rootPid) cpu.set(pid, cpuMs(pid));
  }
  return cpu;
}

/**
 * CPU the database spent between two treeCpu() snapshots: per backend, so a backend that
 * exits in between (a pool closing an idle connection) does not subtract its whole lifetime;
 * what such a backend spent inside the window is lost (small: it was idle).
 */
export function treeCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** Resident set size in MB. */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; returns mean and peak. */
export function sampleRss(pid: number, everyMs = 250): () => { mean: number; peak: number } {
  const samples: number[] = [rssMb(pid)];
  const timer = setInterval(() => samples.push(rssMb(pid)), everyMs);
  return () => {
    clearInterval(timer);
    samples.push(rssMb(pid));
    return { mean: samples.reduce((a, b) => a + b, 0) / samples.length, peak: Math.max(...samples) };
  };
}
