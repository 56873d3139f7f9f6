import { describe, expect, it } from 'vitest';
import { staleMessage } from './stale-message.js';

describe('staleMessage', () => {
  const t = (key: string) => `<${key}>`;
  it('adds the "changed meanwhile" advice to a stale refusal only', () => {
    expect(staleMessage('STALE_VERSION', '已被他人修改', t)).toBe('已被他人修改 <hub.errors.stale>');
    expect(staleMessage('NOT_FOUND', '未找到', t)).toBe('未找到');
    expect(staleMessage(undefined, '', t)).toBe('');
  });
});
