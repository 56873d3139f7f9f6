import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, specifiedRules, validate, type DocumentNode } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { describe, expect, it } from 'vitest';
import * as generated from './gql/graphql.js';
import { LIMITS } from '../../server/graphql/limits.js';
import { resourceDefs as resourceDefsForTest } from './resources/index.js';
import { walkDocument } from './providers/data/walk-document.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = buildSchema(readFileSync(path.resolve(here, '../../schema/schema.graphql'), 'utf8'));
const documents = Object.entries(generated).filter(
  (e): e is [string, DocumentNode] => e[0].endsWith('Document') && (e[1] as DocumentNode)?.kind === 'Document',
);

/**
 * Every operation the console sends passes the hub's own guards (schema validity, graphql-armor
 * cost and depth limits with the server's numbers): a screen that grew too greedy fails here,
 * not as "Query Cost limit exceeded" in front of a user.
 */
describe('console operations', () => {
  it('finds the operations', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  for (const [name, document] of documents) {
    it(`${name} is valid and within the API limits`, () => {
      const errors = validate(schema, document, [
        ...specifiedRules,
        costLimitRule({ maxCost: LIMITS.maxCost }),
        maxDepthRule({ n: LIMITS.maxDepth }),
      ]);
      expect(errors.map((e) => e.message)).toEqual([]);
    });
  }

  it('the cursor walks derived from list queries are valid too', () => {
    for (const [name, def] of Object.entries(resourceDefsForTest)) {
      const errors = validate(schema, walkDocument(def.list, def.listField));
      expect(errors.map((e) => `${name}: ${e.message}`)).toEqual([]);
    }
  });
});
