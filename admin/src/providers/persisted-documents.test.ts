import { InMemoryCache } from '@apollo/client';
import { Kind, getOperationAST, print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import manifest from '../../../schema/persisted-operations.json' with { type: 'json' };
import * as generated from '../gql/graphql.js';
import { sha256 } from '../../../server/graphql/persisted-operations.js';
import { resourceDefs } from '../resources/index.js';
import { walkDocument } from './data/walk-document.js';
import { persistedText, printPersisted } from './persisted-documents.js';

const allowed = manifest as Record<string, string>;
const documents = Object.entries(generated).filter(
  (e): e is [string, DocumentNode] =>
    e[0].endsWith('Document') && (e[1] as DocumentNode)?.kind === Kind.DOCUMENT,
);

/**
 * A hub running `PERSISTED_OPERATIONS=allow-list` runs only the texts of
 * schema/persisted-operations.json: every operation the console can send must be one of them,
 * as the text it actually sends. (`npm run codegen` rewrites the manifest; a stale one fails here.)
 */
describe('persisted operations', () => {
  it('every manifest entry is keyed by the sha256 of its text', () => {
    for (const [hash, text] of Object.entries(allowed)) expect(sha256(text)).toBe(hash);
  });

  it('sends every console operation as an allow-listed text', () => {
    const cache = new InMemoryCache();
    expect(documents.length).toBeGreaterThan(20);
    for (const [name, document] of documents) {
      const operation = getOperationAST(document)?.name?.value;
      const sent = printPersisted(document, () => `unlisted ${name}`);
      expect(allowed[sha256(sent)], `${name} (${operation})`).toBe(sent);
      // As HttpLink gets it: after the cache's own transform (its `__typename`s).
      const transformed = cache.transformDocument(document);
      expect(printPersisted(transformed, () => `unlisted ${name}`), `${name} after Apollo`).toBe(sent);
    }
  });

  it('sends the cursor walks derived from the list queries as allow-listed texts', () => {
    for (const [resource, def] of Object.entries(resourceDefs)) {
      const walk = walkDocument(def.list, def.listField);
      const name = getOperationAST(walk)?.name?.value;
      const sent = persistedText(walk);
      // The walk the data provider builds at run time is the one the manifest holds.
      expect(sent, `${resource}: ${name}`).toBe(print(walk));
      expect(allowed[sha256(sent!)]).toBe(sent);
    }
  });
});
