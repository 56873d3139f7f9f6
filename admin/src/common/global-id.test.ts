import { describe, expect, it } from 'vitest';
import { auditSubject, decodeGlobalId, encodeGlobalId } from './global-id.js';

describe('global ids', () => {
  it('decodes Pothos global ids to the audit subject', () => {
    const id = encodeGlobalId('Agreement', '0193a7f0-0000-7000-8000-000000000001');
    expect(decodeGlobalId(id)).toEqual({ type: 'Agreement', id: '0193a7f0-0000-7000-8000-000000000001' });
    expect(auditSubject(id)).toBe('Agreement/0193a7f0-0000-7000-8000-000000000001');
    expect(decodeGlobalId('not base64 at all!')).toBeNull();
  });
});
