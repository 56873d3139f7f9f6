import { describe, expect, it } from 'vitest';
import { characterMessage, refusedCharacter } from './text-characters.js';
import { code, line, optionalLine, text } from './schemas.js';
import { fieldMessageZh } from '../field-messages.js';

/** Characters no text may hold, each in the middle of a Chinese name. */
const REFUSED_EVERYWHERE: [string, string][] = [
  ['\u0000', 'U+0000'],
  ['\u0001', 'U+0001'],
  ['\u0007', 'U+0007'],
  ['\u000B', 'U+000B'],
  ['\u000C', 'U+000C'],
  ['\u001B', 'U+001B'],
  ['\u001F', 'U+001F'],
  ['\u007F', 'U+007F'],
  ['\u0085', 'U+0085'],
  ['\u009F', 'U+009F'],
  ['\ud800', 'U+D800'],
  ['\udfff', 'U+DFFF'],
  ['\uFFFE', 'U+FFFE'],
  ['\uFFFF', 'U+FFFF'],
  ['\uFDD0', 'U+FDD0'],
  ['\u{1FFFE}', 'U+1FFFE'],
  ['\u202A', 'U+202A'],
  ['\u202E', 'U+202E'],
  ['\u2066', 'U+2066'],
  ['\u2069', 'U+2069'],
];

describe('refusedCharacter', () => {
  it('finds each refused character in any text, naming it and its position', () => {
    for (const [ch, name] of REFUSED_EVERYWHERE) {
      expect(refusedCharacter(`马鞍${ch}山`, 'multiline'), name).toEqual({ codePoint: name, position: 3 });
      expect(refusedCharacter(`马鞍${ch}山`, 'line'), name).toEqual({ codePoint: name, position: 3 });
    }
  });

  it('counts an astral character (a surrogate pair) as one position', () => {
    expect(refusedCharacter('𠀀𠀀\u0001', 'line')).toEqual({ codePoint: 'U+0001', position: 3 });
  });

  it('keeps tabs and line breaks in free text and refuses them in a single line', () => {
    for (const [ch, name] of [['\t', 'U+0009'], ['\n', 'U+000A'], ['\r', 'U+000D'], ['\u2028', 'U+2028'], ['\u2029', 'U+2029']] as const) {
      expect(refusedCharacter(`第一行${ch}第二行`, 'multiline'), name).toBeNull();
      expect(refusedCharacter(`第一行${ch}第二行`, 'line'), name).toEqual({ codePoint: name, position: 4 });
    }
  });

  it('lets real text through: Chinese, emoji with joiners, Arabic and Hebrew, full-width punctuation', () => {
    for (const ok of ['马鞍山市人民医院（东院）', '👨‍👩‍👧‍👦🏥💊', 'مرحبا שלום', '\u3000全角空格', 'e\u0301', '𠀀 中文', '\u200D\u200C']) {
      expect(refusedCharacter(ok, 'line'), ok).toBeNull();
    }
  });
});

describe('characterMessage', () => {
  it('words each refusal in English with a Chinese rendering', () => {
    for (const [value, kind, en, zh] of [
      ['a\u0000', 'line', 'must not contain the NUL character (U+0000)', '不能包含 NUL 字符（U+0000）'],
      ['a\ud800', 'line', 'must be valid Unicode text (no unpaired surrogate)', '不成对的代理项'],
      ['ab\u202Ec', 'line', 'must not contain control or invisible formatting characters (U+202E at character 3)', '第 3 个字符为 U+202E'],
      ['a\nb', 'line', 'must be a single line (no tab or line break; U+000A at character 2)', '须为单行'],
    ] as const) {
      expect(characterMessage(value, kind)).toBe(en);
      expect(fieldMessageZh(en)).toContain(zh);
    }
  });
});

describe('text schemas', () => {
  it('refuse a control character in a name, a code and free text alike', () => {
    for (const schema of [line(100), code(64), text(2000)]) {
      const result = schema.safeParse('测试\u0007名称');
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/U\+0007 at character 3/);
    }
  });

  it('keep line breaks in free text only', () => {
    expect(text(100).parse('第一条\n第二条\t说明')).toBe('第一条\n第二条\t说明');
    expect(line(100).safeParse('第一条\n第二条').success).toBe(false);
    expect(code(64).safeParse('XY\t-1').success).toBe(false);
    expect(optionalLine(100).safeParse('a\u2028b').success).toBe(false);
    expect(optionalLine(100).parse(null)).toBeNull();
  });

  it('store names in NFC, so a name typed as NFD is the same name', () => {
    const nfd = 'Jose\u0301 医院';
    expect(line(100).parse(nfd)).toBe('Jos\u00e9 医院');
    expect(text(100).parse(nfd)).toBe('Jos\u00e9 医院');
  });

  it('read full-width letters and digits of a code as ASCII, but keep a name’s full-width brackets', () => {
    expect(code(64).parse('ＸＹ－２０２６－００１')).toBe('XY-2026-001');
    expect(code(64).parse('\u3000D000000001\u3000')).toBe('D000000001');
    expect(line(100).parse('马鞍山市人民医院（东院）')).toBe('马鞍山市人民医院（东院）');
  });

  it('refuse a name that is only blanks, ideographic ones too', () => {
    expect(line(100).safeParse('\u3000 \u3000').success).toBe(false);
    expect(code(64).safeParse('\u3000').success).toBe(false);
  });
});
