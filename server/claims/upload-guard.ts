import { Transform, type TransformCallback } from 'node:stream';

/** Why an upload was refused while its body was read: an HTTP status, a stable code and both languages. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    en: string,
    readonly messageZh: string,
  ) {
    super(en);
    this.name = 'UploadRefused';
  }
}

export interface UploadLimits {
  maxBytes: number;
  maxLineBytes: number;
}

/**
 * Passes an upload body through unchanged while refusing, as soon as the bytes show it, what
 * cannot be a claims file: more than `maxBytes` in all, a line longer than `maxLineBytes` (the
 * line reader would otherwise hold it whole in memory), NUL bytes or bytes that are not UTF-8
 * (a binary file sent by mistake). A UTF-8 byte-order mark, as spreadsheet programs write it, is
 * dropped so the first CSV header cell or NDJSON line reads as written.
 */
export function uploadGuard(limits: UploadLimits): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let total = 0;
  let lineBytes = 0;
  let line = 1;
  let first = true;
  const check = (chunk: Buffer): UploadRefused | null => {
    total += chunk.length;
    if (total > limits.maxBytes)
      return new UploadRefused(413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${limits.maxBytes} bytes`, `文件超过 ${limits.maxBytes} 字节的上限`);
    if (chunk.includes(0))
      return new UploadRefused(400, 'BINARY_CONTENT', `Line ${line + countNewlines(chunk, chunk.indexOf(0))} holds a NUL byte: not a text file`, `第 ${line + countNewlines(chunk, chunk.indexOf(0))} 行含有 NUL 字节，不是文本文件`);
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      return new UploadRefused(400, 'NOT_UTF8', `The file is not UTF-8 text (near line ${line})`, `文件不是 UTF-8 文本（约第 ${line} 行）`);
    }
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      if (lineBytes + nl - from > limits.maxLineBytes) break;
      lineBytes = 0;
      line += 1;
      from = nl + 1;
    }
    lineBytes += chunk.length - from;
    if (lineBytes > limits.maxLineBytes)
      return new UploadRefused(400, 'LINE_TOO_LONG', `Line ${line} is longer than ${limits.maxLineBytes} bytes`, `第 ${line} 行超过 ${limits.maxLineBytes} 字节`);
    return null;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      let bytes = chunk;
      if (first) {
        first = false;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      }
      const refused = check(bytes);
      if (refused) done(refused);
      else done(null, bytes);
    },
    flush(done: TransformCallback) {
      try {
        decoder.decode();
        done();
      } catch {
        done(new UploadRefused(400, 'NOT_UTF8', 'The file ends inside a UTF-8 character', '文件末尾的字符不完整（不是 UTF-8 文本）'));
      }
    },
  });
}

function countNewlines(chunk: Buffer, until: number): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i >= 0 && i < until; i = chunk.indexOf(10, i + 1)) n += 1;
  return n;
}
