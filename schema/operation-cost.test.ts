import { describe, expect, it } from 'vitest';
import { buildSchema as buildSdl, parse } from 'graphql';
import { operationCost } from './operation-cost.js';
import { DEFAULT_PAGE } from './query-cost.js';

// A connection-shaped field (first and after): `first` sizes its page.
const schema = buildSdl(`
  type Query { items(first: Int, last: Int, after: String): ItemConnection }
  type ItemConnection { edges: [ItemEdge] }
  type ItemEdge { node: Item }
  type Item { id: ID, items(first: Int, after: String): ItemConnection }
`);
const nested = (first: string) => `{ items(first: ${first}) { edges { node { items(first: ${first}) { edges { node { id } } } } } } }`;

describe('operationCost: page sizes from variables', () => {
  const literal = operationCost(schema, parse(`query ${nested('100')}`));

  it('reads a variable that is not sent from its default (it was the default page: a cost limit bypass)', () => {
    const document = parse(`query ($n: Int = 100) ${nested('$n')}`);
    expect(operationCost(schema, document)).toBe(literal);
    expect(operationCost(schema, document, { variables: {} })).toBe(literal);
  });

  it('prefers the value sent, and takes a variable without value or default as the default page', () => {
    expect(operationCost(schema, parse(`query ($n: Int = 100) ${nested('$n')}`), { variables: { n: 5 } })).toBeLessThan(literal);
    const unknown = operationCost(schema, parse(`query ($n: Int) ${nested('$n')}`));
    expect(unknown).toBe(operationCost(schema, parse(`query ${nested(String(DEFAULT_PAGE))}`)));
  });
});
