import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Why a DATA_DIR cannot hold the embedded database, in words an operator acts on, or undefined
 * for an error that is not about the directory. Two sources hide the real cause:
 * - PGlite runs PostgreSQL in WebAssembly and throws Emscripten's `ErrnoError` (a bare
 *   `{ name, errno }` with WASI numbering, no message), which printed as "[object Object]" on a
 *   full disk;
 * - Node's recursive mkdir reports ENOENT on a read-only mount (it retries the parent and
 *   finds it there), so the cause is asked of the nearest existing ancestor instead.
 */
export function dataDirProblem(dataDir: string, error: unknown, canWrite: (dir: string) => string | undefined = writeDenial): string | undefined {
  let code = errorCode(error);
  if (code === 'ENOENT') code = canWrite(nearestExisting(path.resolve(dataDir))) ?? code;
  return code ? DATA_DIR_REASONS[code] : undefined;
}

const DATA_DIR_REASONS: Record<string, string> = {
  EEXIST: 'a file of that name is in the way',
  ENOTDIR: 'a file of that name is in the way',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EIO: 'the device reports an input/output error',
  ENOENT: 'the directory cannot be created',
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
