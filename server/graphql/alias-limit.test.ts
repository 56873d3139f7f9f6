import { describe, expect, it } from 'vitest';
import { buildSchema as buildSdl, parse, validate } from 'graphql';
import { aliasLimit } from './alias-limit.js';

const schema = buildSdl(`type Query { a: Int, q: Query }`);
const errors = (query: string, max = 3) => validate(schema, parse(query), [aliasLimit(max)]).map((e) => e.message);

describe('aliasLimit', () => {
  it('counts __typename aliases (graphql-armor did not)', () => {
    expect(errors('{ t1: __typename t2: __typename t3: __typename }')).toEqual([]);
    expect(errors('{ t1: __typename t2: __typename t3: __typename t4: __typename }')).toEqual(['Aliases limit of 3 exceeded, found 4.']);
  });

  it('counts nested aliases and each spread of a fragment again', () => {
    expect(errors('{ q { x: a y: a } ...F ...F } fragment F on Query { z: a }')).toEqual(['Aliases limit of 3 exceeded, found 4.']);
    expect(errors('{ ... on Query { x: a } q { y: a } }')).toEqual([]);
  });
});
