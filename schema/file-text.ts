/**
 * The text of an uploaded CSV or NDJSON file, whatever charset the spreadsheet that saved it
 * chose. Chinese agencies' Excel writes "CSV (逗号分隔)" in the system code page (GBK), "CSV UTF-8"
 * with a byte-order mark, and "Unicode 文本" as UTF-16 LE with its mark; a reader that assumes
 * UTF-8 turns the first into U+FFFD and the last into NUL bytes. The charset is, in order: the
 * file's byte-order mark (UTF-8, UTF-16 LE/BE: unambiguous, so it wins over a header), the one
 * the request declares (`text/csv; charset=gbk`), UTF-16 when its NUL high bytes show it (a
 * tool that drops the mark), else UTF-8 when the first non-ASCII bytes read as UTF-8 and
 * GB18030 (a superset of GBK) when they do not. Bytes that are not text in
 * that charset, or a NUL character, refuse the file naming its line, never a replacement char.
 *
 * Every file import decodes here: /claims/import and `npm run claims:import` as the file streams
 * (server/claims/upload-guard.ts), /knowledge/import (server/uploads/decode-upload.ts) and the
 * console's monthly-report file before its text goes to importMonthlyReportCsv. Pure: only
 * TextDecoder (Node and browsers both know gb18030 and utf-16), so the console bundles it; it
 * lives in schema/ with the other helpers the console shares (docs/architecture.md).
 */

/** Why a file is not text: an unknown declared charset, bytes not in the charset, or NUL. */
export class FileTextError extends Error {
  constructor(
    readonly kind: 'UNKNOWN_CHARSET' | 'NOT_TEXT' | 'BINARY_CONTENT',
    en: string,
    readonly messageZh: string,
  ) {
    super(en);
    this.name = 'FileTextError';
  }
}

/** How many bytes after the first non-ASCII byte are read before UTF-8 or GB18030 is chosen. */
const SNIFF_BYTES = 4096;

/** The charset a Content-Type header declares (`; charset=gbk`), if any. */
export function declaredCharset(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
}

/**
 * Decodes a file given chunk by chunk, returning the text of each chunk as soon as it is whole
 * (a character split across chunks waits for its rest). Each piece is cut where no character
 * can straddle and decoded on its own, so a refusal names the exact line.
 */
export class FileTextDecoder {
  private label: string | null = null;
  private sniffed = false;
  /** No text given out yet: the held bytes start the file (where a byte-order mark can be). */
  private atStart = true;
  private held: Uint8Array = new Uint8Array(0);
  /** The file line the next decoded text starts on. */
  private line = 1;

  constructor(private readonly declared?: string) {}

  /** The charset chosen, once the bytes have shown it. */
  get charset(): string | null {
    return this.label;
  }

  /** The text of `chunk` (and of bytes held from before) that is complete. */
  write(chunk: Uint8Array): string {
    this.held = this.held.length === 0 ? chunk : concat(this.held, chunk);
    if (this.label === null && !this.choose(false)) return this.emitAscii();
    const cut = cutPoint(this.held, this.label!);
    const piece = this.held.subarray(0, cut);
    this.held = this.held.subarray(cut);
    return this.decode(piece);
  }

  /** The rest of the text; refuses a file that ends inside a character. */
  end(): string {
    if (this.label === null) this.choose(true);
    const piece = this.held;
    this.held = new Uint8Array(0);
    return this.decode(piece);
  }

  /** Picks the charset when the bytes held are enough to tell; false to wait for more. */
  private choose(ended: boolean): boolean {
    const b = this.held;
    if (b.length < 3 && !ended) return false;
    const bom = !this.atStart ? null : b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 'utf-8' : b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : null;
    if (bom) {
      this.held = b.subarray(bom === 'utf-8' ? 3 : 2);
      this.label = bom;
      return true;
    }
    if (this.declared !== undefined) {
      try {
        this.label = new TextDecoder(this.declared).encoding;
      } catch {
        const name = this.declared.slice(0, 40);
        throw new FileTextError('UNKNOWN_CHARSET', `Unknown charset "${name}"; send UTF-8, or declare the file's charset (e.g. gbk)`, `无法识别的字符集“${name}”；请上传 UTF-8 文件，或声明文件的字符集（如 gbk）`);
      }
      return true;
    }
    const unmarked = this.atStart ? utf16WithoutMark(b) : null;
    if (unmarked) {
      this.label = unmarked;
      return true;
    }
    const first = b.findIndex((byte) => byte >= 0x80);
    if (first < 0) {
      if (ended) this.label = 'utf-8';
      return ended;
    }
    if (b.length - first < SNIFF_BYTES && !ended) return false;
    this.sniffed = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(first, first + SNIFF_BYTES), { stream: true });
      this.label = 'utf-8';
    } catch {
      this.label = 'gb18030';
    }
    return true;
  }

  /** Before the charset is known: the ASCII bytes held before the first non-ASCII one (the same text in UTF-8 and GB18030). */
  private emitAscii(): string {
    if (this.held.length < 3) return '';
    const first = this.held.findIndex((byte) => byte >= 0x80);
    const cut = first < 0 ? this.held.length : first;
    if (cut > 0) this.atStart = false;
    const piece = this.held.subarray(0, cut);
    this.held = this.held.subarray(cut);
    return this.check(new TextDecoder('utf-8').decode(piece));
  }

  private decode(piece: Uint8Array): string {
    if (piece.length === 0) return '';
    let text: string;
    try {
      text = new TextDecoder(this.label!, { fatal: true, ignoreBOM: true }).decode(piece);
    } catch {
      const line = this.line + lineBreaks(goodPrefix(piece, this.label!));
      const which = this.sniffed && this.label === 'gb18030' ? 'UTF-8 or GB18030 (GBK)' : this.label!;
      const whichZh = this.sniffed && this.label === 'gb18030' ? 'UTF-8 或 GB18030（GBK）' : this.label!;
      throw new FileTextError('NOT_TEXT', `The file is not ${which} text (near line ${line}); save it as UTF-8 or declare its charset`, `文件不是 ${whichZh} 文本（约第 ${line} 行）；请另存为 UTF-8，或声明其字符集`);
    }
    return this.check(text);
  }

  /** Refuses a NUL character (no CSV or JSON text holds one; PostgreSQL text refuses it). */
  private check(text: string): string {
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      const line = this.line + lineBreaks(text.slice(0, nul));
      throw new FileTextError('BINARY_CONTENT', `Line ${line} holds a NUL character: not a text file (a UTF-16 file needs its byte-order mark)`, `第 ${line} 行含有 NUL 字符，不是文本文件（UTF-16 文件须带字节顺序标记）`);
    }
    this.line += lineBreaks(text);
    return text;
  }
}

/** A whole file's text, or why it is not text (decode-upload.ts, the console's file pick). */
export function decodeFileText(bytes: Uint8Array, declared?: string): { text: string; charset: string } | { error: FileTextError } {
  const decoder = new FileTextDecoder(declared);
  try {
    const text = decoder.write(bytes) + decoder.end();
    return { text, charset: decoder.charset ?? 'utf-8' };
  } catch (error) {
    if (error instanceof FileTextError) return { error };
    throw error;
  }
}

/**
 * UTF-16 saved without its mark: many NUL bytes, all on one side of each code unit (the high
 * byte of ASCII letters, digits, commas and line ends). UTF-8 and GB18030 text holds no NUL
 * at all, and binary data holds them on both sides.
 */
function utf16WithoutMark(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.min(b.length, 512) >> 1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < units * 2; i += 1) {
    if (b[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  if (units === 0 || (even > 0 && odd > 0)) return null;
  // A quarter of the units and at least two: one stray NUL in a short text file is not UTF-16.
  if (odd >= 2 && odd * 4 >= units) return 'utf-16le';
  if (even >= 2 && even * 4 >= units) return 'utf-16be';
  return null;
}

/**
 * Where the held bytes can be cut with no character on both sides: UTF-8 before an unfinished
 * sequence, UTF-16 on a code-unit boundary outside a surrogate pair, other charsets (GB18030,
 * Big5, Shift_JIS: every multi-byte unit of theirs is made of bytes ≥ 0x30) after the last byte
 * below 0x30 (line ends, commas, quotes).
 */
function cutPoint(b: Uint8Array, label: string): number {
  if (label === 'utf-8') {
    let i = b.length - 1;
    while (i >= 0 && b.length - i < 4 && (b[i]! & 0xc0) === 0x80) i -= 1;
    if (i < 0 || b[i]! < 0xc0) return b.length;
    const size = b[i]! >= 0xf0 ? 4 : b[i]! >= 0xe0 ? 3 : 2;
    return b.length - i >= size ? b.length : i;
  }
  if (label === 'utf-16le' || label === 'utf-16be') {
    let cut = b.length & ~1;
    const high = label === 'utf-16le' ? b[cut - 1] : b[cut - 2];
    if (cut >= 2 && high !== undefined && high >= 0xd8 && high <= 0xdb) cut -= 2;
    return cut;
  }
  for (let i = b.length - 1; i >= 0; i -= 1) if (b[i]! < 0x30) return i + 1;
  return 0;
}

/** The bytes before the first one the charset refuses (halving the prefix). */
function goodPrefix(bytes: Uint8Array, label: string): string {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    try {
      new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(0, good), { stream: true });
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
