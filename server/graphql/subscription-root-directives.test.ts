import { describe, expect, it } from 'vitest';
import { buildSchema as buildSdl, parse, specifiedRules, validate } from 'graphql';
import { subscriptionRootDirectives, validatableDocument, withoutNeutralisedUsages } from './subscription-root-directives.js';

const schema = buildSdl(`type Query { a: Int } type Subscription { s(n: Int): Int, t: Int }`);
const errors = (query: string) => validate(schema, parse(query), [subscriptionRootDirectives()]).map((e) => e.message);
const REFUSED = 'Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.';

describe('subscriptionRootDirectives', () => {
  it('refuses @skip or @include on the root field, its fragments and inline fragments', () => {
    expect(errors('subscription { s @include(if: false) }')).toEqual([REFUSED]);
    expect(errors('subscription ($x: Boolean!) { s @skip(if: $x) }')).toEqual([REFUSED]);
    expect(errors('subscription { ... @skip(if: true) { s } }')).toEqual([REFUSED]);
    expect(errors('subscription { ...F } fragment F on Subscription { ... on Subscription { s @include(if: true) } }')).toEqual([REFUSED]);
    expect(errors('subscription Named { ...F @include(if: true) } fragment F on Subscription { s }')).toEqual([
      'Subscription "Named" must not use `@skip` or `@include` directives in the top level selection.',
    ]);
  });

  it('lets them be used below the root field, in queries, and survives a fragment cycle', () => {
    expect(errors('subscription { s }')).toEqual([]);
    expect(errors('query { a @skip(if: true) }')).toEqual([]);
    expect(errors('subscription { ...F } fragment F on Subscription { s ...G } fragment G on Subscription { t ...F }')).toEqual([]);
  });
});

describe('validatableDocument', () => {
  const full = buildSdl(`type Query { a: Int } type Subscription { s(n: Int): Int }`);
  const check = (query: string) => {
    const document = validatableDocument(parse(query));
    return withoutNeutralisedUsages(document, [...validate(full, document, [...specifiedRules, subscriptionRootDirectives()])]).map((e) => e.message);
  };

  it.each([
    ['a variable', 'subscription ($off: Boolean!) { s @skip(if: $off) }'],
    ['a missing argument', 'subscription { s @include }'],
    ['a string', 'subscription { ...F } fragment F on Subscription { s @skip(if: "x") }'],
  ])('lets graphql-js validate a root condition with %s (its own rule threw), refused by ours', (_name, query) => {
    expect(() => validate(full, parse(query))).toThrow();
    expect(check(query)).toContain(REFUSED);
  });

  it('reports only the refusal when the condition’s variable is used nowhere else (it was also "never used")', () => {
    expect(check('subscription S($off: Boolean!) { s @skip(if: $off) }')).toEqual([
      'Subscription "S" must not use `@skip` or `@include` directives in the top level selection.',
    ]);
    expect(check('subscription ($on: Boolean!) { ...F @include(if: $on) } fragment F on Subscription { s }')).toEqual([REFUSED]);
  });

  it('still reports a variable that is really unused, in the same operation or another one', () => {
    expect(check('subscription S($off: Boolean!, $n: Int) { s @skip(if: $off) }')).toEqual([
      'Subscription "S" must not use `@skip` or `@include` directives in the top level selection.',
      'Variable "$n" is never used in operation "S".',
    ]);
    expect(check('query Q($off: Boolean) { a } subscription S($off: Boolean!) { s @skip(if: $off) }')).toEqual([
      'Variable "$off" is never used in operation "Q".',
      'Subscription "S" must not use `@skip` or `@include` directives in the top level selection.',
    ]);
  });

  it('returns any other document as it is', () => {
    const query = parse('query ($x: Boolean!) { a @skip(if: $x) } subscription { s }');
    expect(validatableDocument(query)).toBe(query);
  });
});
