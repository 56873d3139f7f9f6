import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { replayFailureText } from './run-what-if-replay.js';

describe('what a failed what-if replay shows', () => {
  it('keeps a typed error’s words and hides an unexpected error’s (SQL, tables, file paths)', () => {
    const typed = new DomainError('NOT_FOUND', { zh: '未找到模板', en: 'Template not found' });
    expect(replayFailureText(typed)).toBe('未找到模板 / Template not found');
    const driver = new Error('Invalid `prisma.claim.findMany()` invocation in /srv/hub/server/domain/x.ts:12:3 → relation "Claim_202601" does not exist');
    const shown = replayFailureText(driver);
    for (const leak of ['prisma', '/srv/hub', 'Claim_202601', 'relation', 'invocation']) expect(shown).not.toContain(leak);
    expect(shown).toMatch(/internal error/);
  });
});
