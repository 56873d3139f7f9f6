import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, specifiedRules, validate, type DocumentNode } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { describe, expect, it } from 'vitest';
import * as generated from './gql/graphql.js';
import { LIMITS } from '../../server/graphql/limits.js';
import { operationCost } from './operation-cost.js';
import { MAX_PAGE_SIZE } from './providers/data/relay.js';
import { resourceDefs as resourceDefsForTest } from './resources/index.js';
import { walkDocument } from './providers/data/walk-document.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = buildSchema(readFileSync(path.resolve(here, '../../schema/schema.graphql'), 'utf8'));
const documents = Object.entries(generated).filter(
  (e): e is [string, DocumentNode] =>
    e[0].endsWith('Document') && (e[1] as DocumentNode)?.kind === 'Document',
);

/**
 * Every operation the console sends passes the hub's own guards (schema validity, depth limit,
 * and the query cost with every page at its largest, computed by the server's own cost function): a screen that grew too greedy fails here,
 * not as "Query Cost limit exceeded" in front of a user.
 */
describe('console operations', () => {
  it('finds the operations', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  for (const [name, document] of documents) {
    it(`${name} is valid and within the API limits`, () => {
      const errors = validate(schema, document, [...specifiedRules, maxDepthRule({ n: LIMITS.maxDepth })]);
      expect(errors.map((e) => e.message)).toEqual([]);
      expect(operationCost(schema, document, MAX_PAGE_SIZE)).toBeLessThanOrEqual(LIMITS.maxCost);
    });
  }

  it('the cursor walks derived from list queries are valid too', () => {
    for (const [name, def] of Object.entries(resourceDefsForTest)) {
      const errors = validate(schema, walkDocument(def.list, def.listField));
      expect(errors.map((e) => `${name}: ${e.message}`)).toEqual([]);
    }
  });
});

describe('operationCost', () => {
  it('multiplies nested pages, with page-size variables at their worst case', async () => {
    const { parse } = await import('graphql');
    const doc = parse(
      'query($first: Int) { agreements(first: $first) { edges { node { id penalties(first: 10) { edges { node { id } } } } } } }',
    );
    // 1 (connection) + 100 × (1 node + (1 connection + 10 × 1 node)) = 1 + 100 × 12
    expect(operationCost(schema, doc, 100)).toBe(1201);
  });
});
