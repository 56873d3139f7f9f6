import { describe, expect, it } from 'vitest';
import {
  cleanFilter,
  flattenConnections,
  listify,
  pageSize,
  parseConnection,
  screamingSnake,
  toOrder,
} from './relay.js';

describe('relay mapping', () => {
  it('maps a react-admin sort to the API order enum, refusing unknown fields', () => {
    const fields = { endsOn: 'ENDS_ON', number: 'NUMBER' };
    expect(toOrder({ field: 'endsOn', order: 'DESC' }, fields)).toEqual({
      field: 'ENDS_ON',
      direction: 'DESC',
    });
    expect(toOrder({ field: 'number', order: 'ASC' }, fields)).toEqual({ field: 'NUMBER', direction: 'ASC' });
    expect(toOrder({ field: 'id', order: 'ASC' }, fields)).toBeUndefined();
    expect(toOrder(undefined, fields)).toBeUndefined();
  });

  it('names order fields in SCREAMING_SNAKE', () => {
    expect(screamingSnake('endsOn')).toBe('ENDS_ON');
    expect(screamingSnake('createdAt')).toBe('CREATED_AT');
    expect(screamingSnake('nameZh')).toBe('NAME_ZH');
  });

  it('drops empty filter values and turns q into search', () => {
    expect(
      cleanFilter({ q: '马鞍山', status: [], kind: '', insurerId: null, providerId: 'UHJvdmlkZXI6MQ==' }),
    ).toEqual({
      search: '马鞍山',
      providerId: 'UHJvdmlkZXI6MQ==',
    });
    expect(cleanFilter(undefined)).toEqual({});
  });

  it('wraps single select values for list filters', () => {
    expect(listify({ status: 'ACTIVE', kind: ['A'] }, ['status', 'kind'])).toEqual({
      status: ['ACTIVE'],
      kind: ['A'],
    });
  });

  it('parses a connection from edges or nodes', () => {
    const page = parseConnection({
      totalCount: 42,
      pageInfo: { endCursor: 'c2', hasNextPage: true },
      edges: [{ node: { id: 'a' } }, { node: { id: 'b' } }, null],
    });
    expect(page).toEqual({ data: [{ id: 'a' }, { id: 'b' }], total: 42, endCursor: 'c2', hasNextPage: true });
    expect(parseConnection({ totalCount: 0, nodes: [] })).toEqual({
      data: [],
      total: 0,
      endCursor: null,
      hasNextPage: false,
    });
    expect(parseConnection(null).total).toBe(0);
  });

  it('bounds the page size to what the API accepts', () => {
    expect(pageSize(25)).toBe(25);
    expect(pageSize(500)).toBe(100);
    expect(pageSize(0)).toBe(1);
    expect(pageSize(undefined)).toBe(25);
  });
});

describe('flattenConnections', () => {
  it('turns nested connections into arrays, keeping their totals', () => {
    const record = {
      id: 'a',
      currentVersion: {
        clauses: { totalCount: 2, edges: [{ node: { clauseNo: '1' } }, { node: { clauseNo: '2' } }] },
      },
      transitions: { edges: [] },
      insurer: { nameZh: '马鞍山市医保中心' },
      entrustedWork: ['SITE_PATROL'],
    };
    expect(flattenConnections(record)).toEqual({
      id: 'a',
      currentVersion: { clauses: [{ clauseNo: '1' }, { clauseNo: '2' }], clausesTotal: 2 },
      transitions: [],
      insurer: { nameZh: '马鞍山市医保中心' },
      entrustedWork: ['SITE_PATROL'],
    });
  });
});
