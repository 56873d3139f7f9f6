/**
 * The text of an uploaded batch file, decoded strictly. A body-parser decoding would turn
 * bytes that are not UTF-8 (a GBK export saved by a spreadsheet, a UTF-16 file) into U+FFFD
 * silently, and the batch would import catalogue names as question marks. Here the charset is
 * the one the request declares (`text/csv; charset=gbk` decodes GBK), else the file's
 * byte-order mark (UTF-8, UTF-16 LE/BE), else UTF-8; bytes that are not text in it refuse the
 * file, naming the line, instead of being replaced.
 */
export type Decoded = { text: string } | { status: number; code: string; en: string; zh: string };

export function decodeUpload(bytes: Uint8Array, contentType: string | undefined): Decoded {
  const declared = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
  const label = declared ?? sniffBom(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return {
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      en: `Unknown charset "${label.slice(0, 40)}"; send UTF-8, or declare the file's charset (e.g. gbk)`,
      zh: `无法识别的字符集“${label.slice(0, 40)}”；请上传 UTF-8 文件，或声明文件的字符集（如 gbk）`,
    };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const line = lineOfFirstBadByte(bytes, label);
    return {
      status: 400,
      code: 'NOT_TEXT',
      en: `The file is not ${label} text (near line ${line}); save it as UTF-8 or declare its charset`,
      zh: `文件不是 ${label} 文本（约第 ${line} 行）；请另存为 UTF-8，或声明其字符集`,
    };
  }
}

function sniffBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The line (1-based) of the first byte the decoder refuses, found by halving the prefix. */
function lineOfFirstBadByte(bytes: Uint8Array, label: string): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  let line = 1;
  for (let i = 0; i < good; i++) if (bytes[i] === 10) line++;
  return line;
}
