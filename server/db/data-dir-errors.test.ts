import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirProblem } from './data-dir-errors.js';

/** What PGlite (Emscripten) throws: no message, no code, a WASI errno. */
const wasmError = (errno: number) => Object.assign(Object.create(null) as object, { name: 'ErrnoError', errno });

describe('why a DATA_DIR cannot hold the embedded database', () => {
  it("names a full disk behind PGlite's message-less ErrnoError", () => {
    expect(dataDirProblem('/data', wasmError(51))).toEqual({ en: 'no space left on the device', zh: '磁盘已满' });
    expect(dataDirProblem('/data', wasmError(69))?.en).toBe('the file system is read-only');
    expect(dataDirProblem('/data', wasmError(2))?.en).toBe('permission denied');
  });

  it("asks the nearest existing directory why Node's recursive mkdir said ENOENT (a read-only mount)", () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'hub-ro-'));
    const asked: string[] = [];
    const readOnly = (dir: string) => (asked.push(dir), 'EROFS');
    const enoent = Object.assign(new Error('ENOENT: no such file or directory, mkdir'), { code: 'ENOENT' });
    expect(dataDirProblem(path.join(parent, 'a', 'b'), enoent, readOnly)?.en).toBe('the file system is read-only');
    expect(asked).toEqual([parent]);
  });

  it('keeps ENOENT when the ancestor is writable, and leaves errors not about the directory alone', () => {
    const enoent = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    expect(dataDirProblem(path.join(tmpdir(), 'x'), enoent, () => undefined)?.en).toBe('the directory cannot be created');
    expect(dataDirProblem('/data', new Error('syntax error at or near "SELEC"'))).toBeUndefined();
    expect(dataDirProblem('/data', wasmError(9999))).toBeUndefined();
  });
});
