import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './audit-event-types.js';

describe('audit event type catalogue', () => {
  it('uses one naming scheme: <entity>.<pastTenseVerb>, lower camel case', () => {
    for (const type of EVENT_TYPES) expect(type).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });
  it('has no duplicates', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
  });
});
