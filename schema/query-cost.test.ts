import { describe, expect, it } from 'vitest';
import { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString, type GraphQLField } from 'graphql';
import { DEFAULT_PAGE, fieldCost } from './query-cost.js';

const item = new GraphQLObjectType({ name: 'Item', fields: { id: { type: GraphQLString } } });
const holder = new GraphQLObjectType({
  name: 'Holder',
  fields: {
    items: { type: item, args: { first: { type: GraphQLInt }, after: { type: GraphQLString } } },
    edges: { type: new GraphQLNonNull(new GraphQLList(item)) },
    tags: { type: new GraphQLList(GraphQLString) },
    name: { type: GraphQLString },
  },
});
const field = (name: string) => holder.getFields()[name] as GraphQLField<unknown, unknown>;

describe('field cost', () => {
  it('multiplies a connection by the page size asked for', () => {
    expect(fieldCost({ first: 50 }, field('items'))).toEqual({ field: 1, multiplier: 50 });
    expect(fieldCost({ last: 7 }, field('items'))).toEqual({ field: 1, multiplier: 7 });
  });
  it('assumes the default page size when none is given', () => {
    expect(fieldCost({}, field('items'))).toEqual({ field: 1, multiplier: DEFAULT_PAGE });
  });
  it('does not multiply edges a second time', () => {
    expect(fieldCost({}, field('edges'))).toEqual({ field: 0, multiplier: 1 });
  });
  it('charges nothing for scalars, which come with their row', () => {
    expect(fieldCost({}, field('tags'))).toEqual({ field: 0, multiplier: 10 });
    expect(fieldCost({}, field('name'))).toEqual({ field: 0, multiplier: 1 });
  });
});
