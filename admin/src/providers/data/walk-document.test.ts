import { describe, expect, it } from 'vitest';
import { parse, print } from 'graphql';
import { walkDocument } from './walk-document.js';

describe('walkDocument', () => {
  it('keeps the list query but selects only pageInfo of the connection', () => {
    const list = parse(`
      query AgreementList($first: Int, $after: String, $filter: AgreementFilter) {
        agreements(first: $first, after: $after, filter: $filter) {
          totalCount
          edges { node { ...Row insurer { nameZh } } }
        }
      }
      fragment Row on Agreement { id number }
    `);
    const printed = print(walkDocument(list, 'agreements'));
    expect(printed).toContain(
      'query AgreementListCursors($first: Int, $after: String, $filter: AgreementFilter)',
    );
    expect(printed).toContain('agreements(first: $first, after: $after, filter: $filter)');
    expect(printed).toMatch(/pageInfo \{\s+__typename\s+endCursor\s+hasNextPage\s+\}/);
    expect(printed).not.toContain('totalCount');
    expect(printed).not.toContain('fragment');
    expect(printed).not.toContain('nameZh');
  });
});
