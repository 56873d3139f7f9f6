import { Transform, type TransformCallback } from 'node:stream';
import { FileTextDecoder, FileTextError } from '../../schema/file-text.js';

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
  /** The charset the request declares (`text/csv; charset=gbk`), if any. */
  charset?: string;
}

/**
 * Turns an upload body into UTF-8 text as it arrives, refusing, as soon as the bytes show it,
 * what cannot be a claims file: more than `maxBytes` in all, a line longer than `maxLineBytes`
 * (the line reader would otherwise hold it whole in memory), or bytes that are not text. The
 * charset is read by the shared file reader (schema/file-text.ts): a byte-order mark
 * (UTF-8 dropped, UTF-16 LE/BE), the declared one, else UTF-8 or GB18030 (a GBK spreadsheet
 * export); a NUL character or bytes not in the charset refuse the file naming the line.
 */
export function uploadGuard(limits: UploadLimits): Transform {
  const decoder = new FileTextDecoder(limits.charset);
  let total = 0;
  let lineBytes = 0;
  let line = 1;
  // Lines are counted on the bytes (a LF byte ends one in every charset read here; in UTF-16 a
  // character holding 0x0A may count as two short lines, which only makes the limit looser).
  const check = (chunk: Buffer): UploadRefused | null => {
    total += chunk.length;
    if (total > limits.maxBytes)
      return new UploadRefused(413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${limits.maxBytes} bytes`, `文件超过 ${limits.maxBytes} 字节的上限`);
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
  const decode = (read: () => string, done: TransformCallback) => {
    let text: string;
    try {
      text = read();
    } catch (error) {
      if (!(error instanceof FileTextError)) throw error;
      return done(new UploadRefused(error.kind === 'UNKNOWN_CHARSET' ? 415 : 400, error.kind === 'UNKNOWN_CHARSET' ? 'UNSUPPORTED_MEDIA_TYPE' : error.kind, error.message, error.messageZh));
    }
    done(null, text === '' ? undefined : Buffer.from(text, 'utf8'));
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      const refused = check(chunk);
      if (refused) done(refused);
      else decode(() => decoder.write(chunk), done);
    },
    flush(done: TransformCallback) {
      decode(() => decoder.end(), done);
    },
  });
}
