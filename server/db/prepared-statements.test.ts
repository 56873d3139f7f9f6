import { describe, expect, it } from 'vitest';
import { PREPARED, preparedStatementName } from './prepared-statements.js';

describe('preparedStatementName', () => {
  it('names a marked statement by its text, the same name every time', () => {
    const sql = `${PREPARED} select $1::int`;
    const name = preparedStatementName({ sql });
    expect(name).toMatch(/^hub_[0-9a-f]{20}$/);
    expect(preparedStatementName({ sql })).toBe(name);
    expect(preparedStatementName({ sql: `${PREPARED} select $1::text` })).not.toBe(name);
  });

  it('leaves unmarked statements unnamed (planned per execution, nothing cached)', () => {
    expect(preparedStatementName({ sql: 'select 1' })).toBe('');
    expect(preparedStatementName({ sql: ` ${PREPARED} select 1` })).toBe('');
  });
});
