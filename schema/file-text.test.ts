import { describe, expect, it } from 'vitest';
import { decodeFileText, FileTextDecoder, FileTextError } from './file-text.js';
import { csvRows } from '../server/domain/shared/csv-rows.js';

/**
 * Real bytes as Chinese Excel saves them (written by Python's gbk/gb18030 codecs and Node's
 * utf16le, not produced by the code under test): "CSV (逗号分隔)" in GBK, "Unicode 文本" as
 * UTF-16 LE with its mark, "CSV UTF-8" with its mark.
 */
const TEXT = '药品编码,药品名称,生产企业\r\nY001,阿莫西林胶囊,华北制药\r\n';
const GBK = Buffer.from('d2a9c6b7b1e0c2eb2cd2a9c6b7c3fbb3c62cc9fab2fac6f3d2b50d0a593030312cb0a2c4aacef7c1d6bdbac4d22cbbaab1b1d6c6d2a90d0a', 'hex');
const UTF16LE = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
const UTF16BE = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
const UTF8_BOM = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
/** 𠀀 (U+20000): a four-byte GB18030 sequence, outside GBK. */
const GB18030_ONLY = Buffer.from('95328236', 'hex');

/** The file fed `size` bytes at a time, as a socket delivers it. */
function inChunks(bytes: Uint8Array, size: number, declared?: string): string {
  const decoder = new FileTextDecoder(declared);
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
  return text + decoder.end();
}

function refusal(bytes: Uint8Array, declared?: string): FileTextError {
  const decoded = decodeFileText(bytes, declared);
  if (!('error' in decoded)) throw new Error(`decoded as ${decoded.charset}: ${decoded.text.slice(0, 40)}`);
  return decoded.error;
}

describe('decodeFileText', () => {
  it.each([
    ['GBK (no mark, not UTF-8)', GBK, 'gb18030'],
    ['UTF-16 LE with its mark', UTF16LE, 'utf-16le'],
    ['UTF-16 BE with its mark', UTF16BE, 'utf-16be'],
    ['UTF-8 with its mark', UTF8_BOM, 'utf-8'],
    ['UTF-8 without a mark', Buffer.from(TEXT), 'utf-8'],
  ])('reads %s as the Chinese text it holds', (_name, bytes, charset) => {
    expect(decodeFileText(bytes)).toEqual({ text: TEXT, charset });
    expect(csvRows(TEXT)).toEqual([
      { line: 1, cells: ['药品编码', '药品名称', '生产企业'] },
      { line: 2, cells: ['Y001', '阿莫西林胶囊', '华北制药'] },
    ]);
  });

  it('reads GB18030 four-byte characters (outside GBK)', () => {
    expect(decodeFileText(Buffer.concat([Buffer.from('name\n'), GB18030_ONLY, Buffer.from([0xd5, 0xc5, 0x0a])]))).toEqual({ text: 'name\n𠀀张\n', charset: 'gb18030' });
  });

  it('gives the same text whatever the chunk boundaries (a character split between reads waits for its rest)', () => {
    const files: [Uint8Array, string][] = [
      [GBK, TEXT],
      [UTF16LE, TEXT],
      [UTF16BE, TEXT],
      [UTF8_BOM, TEXT],
      [Buffer.from(`a,b\n${TEXT}`), `a,b\n${TEXT}`],
      [Buffer.concat([GBK, GB18030_ONLY]), `${TEXT}𠀀`],
    ];
    for (const [bytes, text] of files) for (const size of [1, 2, 3, 5, 7, 64]) expect(inChunks(bytes, size)).toBe(text);
  });

  it('chooses GBK even when the first Chinese bytes come after many ASCII lines read in chunks', () => {
    const ascii = 'settlementId,name\n' + 'S-1,aspirin\n'.repeat(2000);
    const bytes = Buffer.concat([Buffer.from(ascii), GBK]);
    expect(inChunks(bytes, 16 * 1024)).toBe(ascii + TEXT);
  });

  it('honours a declared charset, and a byte-order mark over it', () => {
    expect(decodeFileText(GBK, 'gbk')).toMatchObject({ text: TEXT });
    expect(decodeFileText(UTF16LE, 'gbk')).toMatchObject({ text: TEXT, charset: 'utf-16le' });
    expect(refusal(Buffer.from('a\n'), 'x-klingon')).toMatchObject({ kind: 'UNKNOWN_CHARSET', messageZh: expect.stringContaining('x-klingon') });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, naming the line in both languages', () => {
    const binary = refusal(Buffer.concat([Buffer.from('a,b\nc,d\n'), Buffer.from([0x89, 0x50, 0x0a, 0xff, 0xfe, 0x80])]));
    expect(binary).toMatchObject({ kind: 'NOT_TEXT', message: expect.stringMatching(/UTF-8 or GB18030.*line 4/), messageZh: expect.stringMatching(/UTF-8 或 GB18030.*第 4 行/) });
  });

  it('refuses a UTF-8 file with one stray byte instead of reading it as GB18030 mojibake', () => {
    const near = Buffer.concat([Buffer.from(`${TEXT}Y002,布洛芬`), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(refusal(near)).toMatchObject({ kind: 'NOT_TEXT', message: expect.stringMatching(/not UTF-8 or GB18030 .*text \(near line 3\)/), messageZh: expect.stringMatching(/第 3 行/) });
    // Past the bytes the charset is chosen on: UTF-8 was chosen, and the byte is refused as not UTF-8.
    const far = Buffer.concat([Buffer.from(TEXT.repeat(200)), Buffer.from('Y002,布洛芬'), Buffer.from([0xa3]), Buffer.from('\n')]);
    expect(refusal(far)).toMatchObject({ kind: 'NOT_TEXT', message: expect.stringMatching(/not utf-8 text \(near line 401\)/), messageZh: expect.stringMatching(/第 401 行/) });
  });

  it('reads UTF-16 saved without its mark by its NUL high bytes', () => {
    expect(decodeFileText(Buffer.from(TEXT, 'utf16le'))).toEqual({ text: TEXT, charset: 'utf-16le' });
    expect(decodeFileText(Buffer.from(TEXT, 'utf16le').swap16())).toEqual({ text: TEXT, charset: 'utf-16be' });
  });

  it('refuses a file that ends inside a character, and NUL characters, naming the line', () => {
    expect(refusal(Buffer.concat([Buffer.from(TEXT), Buffer.from('阿').subarray(0, 2)]))).toMatchObject({ kind: 'NOT_TEXT', message: expect.stringMatching(/line 3/) });
    expect(refusal(UTF16LE.subarray(0, UTF16LE.length - 1))).toMatchObject({ kind: 'NOT_TEXT' });
    expect(refusal(Buffer.from('a,b\nc,\u0000\n'))).toMatchObject({ kind: 'BINARY_CONTENT', message: expect.stringMatching(/^Line 2 .*byte-order mark/), messageZh: expect.stringMatching(/^第 2 行/) });
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0a]))).toMatchObject({ kind: 'BINARY_CONTENT' });
  });
});
