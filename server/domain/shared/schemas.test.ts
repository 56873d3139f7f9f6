import { describe, expect, it } from 'vitest';
import { uuid } from './schemas.js';

describe('command ids', () => {
  it('take any well-formed UUID, as the global-id check and PostgreSQL do', () => {
    // v7 (what the hub mints), v4, and one of no RFC variant: all well formed, found or not by lookup.
    for (const id of [
      '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
      '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      '00000000-0000-4000-0000-000000000000',
    ])
      expect(uuid.safeParse(id).success, id).toBe(true);
  });

  it('refuse what is not one', () => {
    for (const id of ['', 'not-an-id', '3f2504e0-4f89-41d3-9a0c-0305e82c330', '3f2504e0-4f89-41d3-9a0c-0305e82c3301x'])
      expect(uuid.safeParse(id).success, id).toBe(false);
  });
});
