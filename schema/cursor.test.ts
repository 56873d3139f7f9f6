import { describe, expect, it } from 'vitest';
import { encodeBase64, encodeCursorChunk, encodeCursorTuple } from '@pothos/core';
import { isCursorOf } from './cursor.js';

/** The cursors the prisma plugin writes (its `GPC:` + @pothos/core's tagged chunks) pass as their own kind only. */
const ID = '01a25131-0a2e-7466-85ba-8f1100651e37';
const issued = {
  uuid: encodeBase64(`GPC:${encodeCursorChunk(ID)}`),
  claim: encodeBase64(`GPC:${encodeCursorTuple([ID, new Date('2026-11-01T00:00:00Z')])}`),
  bigint: encodeBase64(`GPC:${encodeCursorChunk(12345n)}`),
  seq: '12345',
} as const;

describe('isCursorOf', () => {
  it.each(Object.keys(issued) as (keyof typeof issued)[])('a %s cursor as issued passes as its kind, and as no other', (kind) => {
    for (const other of Object.keys(issued) as (keyof typeof issued)[]) {
      expect(isCursorOf(other, issued[kind])).toBe(other === kind);
    }
  });
});
