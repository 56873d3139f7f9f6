import { describe, expect, it } from 'vitest';
import { illegalTransition, InputError, notFound, staleVersion } from './errors.js';
import { yuanWords } from './words.js';

const id = '01a24878-0000-7000-8000-000000000001';

describe('error texts a clerk can read', () => {
  it('names the record, its state and the step in words, without ids or codes', () => {
    const e = illegalTransition('Agreement', id, 'SUSPENDED', 'SUSPEND');
    expect(e.messageZh).toBe('该协议当前为“已暂停”，不能暂停');
    expect(e.message).toBe('This agreement is suspended; it cannot suspend from that state');
    expect(e.details).toMatchObject({ id, currentStatus: 'SUSPENDED', action: 'SUSPEND' });
    for (const text of [notFound('Penalty', id).messageZh, staleVersion('Penalty', id, 2, 3).messageZh]) {
      expect(text).not.toContain(id);
    }
  });

  it('gives every field issue a Chinese text, known rule messages translated', () => {
    const e = new InputError([
      { path: ['input', 'reason'], message: 'must not be empty' },
      { path: ['input', 'legalBasis'], message: 'at most 2000 characters' },
    ]);
    expect(e.issues.map((i) => i.messageZh)).toEqual(['不能为空', '最多 2000 个字符']);
    expect(e.messageZh).toBe('输入有误：不能为空；最多 2000 个字符');
    expect(e.messageZh).not.toMatch(/input\./);
  });

  it('writes amounts in yuan with separators', () => {
    expect(yuanWords(215000n)).toEqual({ zh: '2,150.00 元', en: '¥2,150.00' });
    expect(yuanWords(350000000000n).zh).toBe('3,500,000,000.00 元');
  });
});
