import { describe, expect, it } from 'vitest';
import { Kind, buildSchema as buildSdl, parse, validate, type DocumentNode } from 'graphql';
import { aliasLimit } from './alias-limit.js';
import { rootFieldLimit } from './root-field-limit.js';
import { operationCost } from '../../schema/operation-cost.js';

/**
 * A chain of fragments that each spread the next twice describes 2^n fields in n lines. The
 * limits that count through fragments must read each fragment once, or a document of a few
 * hundred tokens holds the event loop for hours before the limit answers. The reads are
 * counted on the document itself (each fragment's selection set), not timed.
 */
const schema = buildSdl(`type Query { a: Int, q: Query }`);
const LEVELS = 16;
/** validate() itself walks the document once: each fragment's selection set is read once. */
const WALK = LEVELS + 1;

function fanOut(leaf: string): { document: DocumentNode; reads: () => number } {
  let text = 'query { ...F0 }\n';
  for (let i = 0; i < LEVELS; i++) text += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
  text += `fragment F${LEVELS} on Query { ${leaf} }\n`;
  const document = parse(text);
  let reads = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const selectionSet = definition.selectionSet;
    Object.defineProperty(definition, 'selectionSet', {
      get: () => ((reads += 1), selectionSet),
    });
  }
  return { document, reads: () => reads };
}

describe('limits counted through fragments read each fragment once', () => {
  it('aliasLimit', () => {
    const { document, reads } = fanOut('x: a');
    const errors = validate(schema, document, [aliasLimit(30)]).map((e) => e.message);
    expect(errors).toEqual([`Aliases limit of 30 exceeded, found ${2 ** LEVELS}.`]);
    expect(reads()).toBeLessThanOrEqual(WALK + LEVELS + 1);
  });

  it('rootFieldLimit', () => {
    const { document, reads } = fanOut('a');
    const errors = validate(schema, document, [rootFieldLimit(15)]).map((e) => e.message);
    expect(errors[0]).toMatch(new RegExp(`Too many root fields: ${2 ** LEVELS},`));
    expect(reads()).toBeLessThanOrEqual(WALK + LEVELS + 1);
  });

  it('operationCost', () => {
    const { document, reads } = fanOut('q { a }');
    expect(operationCost(schema, document)).toBe(2 ** LEVELS);
    expect(reads()).toBeLessThanOrEqual(LEVELS + 1);
  });

  it('does not loop on a fragment cycle (the graphql-js rule reports it)', () => {
    const document = parse('{ ...A } fragment A on Query { x: a ...B } fragment B on Query { y: a ...A }');
    expect(validate(schema, document, [aliasLimit(2)])).toEqual([]);
    expect(operationCost(schema, document)).toBe(0);
  });
});
