import { describe, expect, it } from 'vitest';
import { auditArgs, mergeEvents, resumeCursor } from './live-events.js';

describe('live audit list', () => {
  it('keeps one row per seq, newest first, bounded', () => {
    const shown = [{ seq: '10' }, { seq: '9' }];
    expect(mergeEvents(shown, [{ seq: '11' }, { seq: '10' }]).map((e) => e.seq)).toEqual(['11', '10', '9']);
    expect(mergeEvents(shown, [{ seq: '100' }], 2).map((e) => e.seq)).toEqual(['100', '10']);
  });

  it('resumes after the newest event or heartbeat, from 0 when nothing is known', () => {
    expect(resumeCursor([], null)).toBe('0');
    expect(resumeCursor([{ seq: '7' }, { seq: '12' }], '9')).toBe('12');
    expect(resumeCursor([{ seq: '7' }], '9')).toBe('9');
  });

  it('reads the filter from the URL', () => {
    expect(auditArgs({ subject: ' Agreement/1 ', types: 'agreement.signed' })).toEqual({
      types: ['agreement.signed'],
      subject: 'Agreement/1',
      actor: null,
    });
    expect(auditArgs({})).toEqual({ types: null, subject: null, actor: null });
  });
});
