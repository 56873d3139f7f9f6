import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import type { Reason } from '../startup-error.js';

/**
 * Why a DATA_DIR cannot hold the embedded database, in words an operator acts on, or undefined
 * for an error that is not about the directory. Two sources hide the real cause:
 * - PGlite runs PostgreSQL in WebAssembly and throws Emscripten's `ErrnoError` (a bare
 *   `{ name, errno }` with WASI numbering, no message), which printed as "[object Object]" on a
 *   full disk;
 * - Node's recursive mkdir reports ENOENT on a read-only mount (it retries the parent and
 *   finds it there), so the cause is asked of the nearest existing ancestor instead.
 */
export function dataDirProblem(dataDir: string, error: unknown, canWrite: (dir: string) => string | undefined = writeDenial): Reason | undefined {
  let code = errorCode(error);
  if (code === 'ENOENT') code = canWrite(nearestExisting(path.resolve(dataDir))) ?? code;
  return code ? DATA_DIR_REASONS[code] : undefined;
}

const DATA_DIR_REASONS: Record<string, Reason> = {
  EEXIST: { en: 'a file of that name is in the way', zh: '同名文件占着这个位置' },
  ENOTDIR: { en: 'a file of that name is in the way', zh: '同名文件占着这个位置' },
  EACCES: { en: 'permission denied', zh: '没有权限' },
  EPERM: { en: 'permission denied', zh: '没有权限' },
  EROFS: { en: 'the file system is read-only', zh: '文件系统只读' },
  ENOSPC: { en: 'no space left on the device', zh: '磁盘已满' },
  EDQUOT: { en: 'the disk quota is exhausted', zh: '磁盘配额已用完' },
  EIO: { en: 'the device reports an input/output error', zh: '设备报告输入/输出错误' },
  ENOENT: { en: 'the directory cannot be created', zh: '无法创建该目录' },
};

/** Emscripten's errno numbers (WASI's) for the codes above. */
const WASI_ERRNO: Record<number, string> = { 2: 'EACCES', 19: 'EDQUOT', 20: 'EEXIST', 29: 'EIO', 44: 'ENOENT', 51: 'ENOSPC', 54: 'ENOTDIR', 63: 'EPERM', 69: 'EROFS' };

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; name?: unknown; errno?: unknown } | null;
  if (typeof e?.code === 'string') return e.code;
  if (e?.name === 'ErrnoError' && typeof e.errno === 'number') return WASI_ERRNO[e.errno];
  return undefined;
}

function nearestExisting(dir: string): string {
  let current = dir;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

function writeDenial(dir: string): string | undefined {
  try {
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}
