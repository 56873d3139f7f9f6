import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { decodeGlobalId, registerNodeTypes } from './global-id.js';

registerNodeTypes(
  buildSchema(`
    interface Node { id: ID! }
    type Claim implements Node { id: ID! }
    type Provider implements Node { id: ID! }
    type Query { node(id: ID!): Node }
  `),
);

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const uuid = '4B6FEB2A-C329-4EB8-88EF-32D001ED183D';

describe('decodeGlobalId', () => {
  it('reads a claim id: its UUID and settlement month, as Pothos encodes the compound key', () => {
    expect(decodeGlobalId(encode(`Claim:["${uuid}","2026-11-01T00:00:00.000Z"]`))).toEqual({
      typename: 'Claim',
      id: `["${uuid.toLowerCase()}","2026-11-01T00:00:00.000Z"]`,
    });
  });

  it('refuses a claim id without a month or with a bad UUID, and a compound key on another type', () => {
    for (const text of [
      `Claim:${uuid}`,
      `Claim:["not-a-uuid","2026-11-01T00:00:00.000Z"]`,
      `Claim:["${uuid}","2026-11-15T00:00:00.000Z"]`,
      `Provider:["${uuid}","2026-11-01T00:00:00.000Z"]`,
    ])
      expect(() => decodeGlobalId(encode(text)), text).toThrow(/global ID/);
    // A plain UUID on a claim is told apart from a bad UUID: the claim key also names the month.
    expect(() => decodeGlobalId(encode(`Claim:${uuid}`))).toThrow(/claim key/);
  });

  it('keeps reading plain UUID ids', () => {
    expect(decodeGlobalId(encode(`Provider:${uuid}`))).toEqual({
      typename: 'Provider',
      id: uuid.toLowerCase(),
    });
  });
});
