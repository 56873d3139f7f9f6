import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable, isUniqueViolation, uniqueViolationFields } from './connection-errors.js';
import { formatError, isExpectedError } from '../graphql/format-error.js';

/** Shapes observed from Prisma 7 + @prisma/adapter-pg and pg while PostgreSQL was stopped or restarting. */
const prismaUnreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
  code: 'P1001',
  meta: {
    driverAdapterError: {
      name: 'DriverAdapterError',
      cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 },
    },
  },
});
const rawUnreachable = Object.assign(new Error('Raw query failed. Code: `N/A`.'), {
  code: 'P2010',
  meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } } },
});
const adminShutdown = Object.assign(new Error('query failed'), {
  code: 'P2010',
  meta: {
    driverAdapterError: {
      cause: {
        kind: 'postgres',
        code: '57P01',
        message: 'terminating connection due to administrator command',
      },
    },
  },
});
const notQueryable = new Error('Client has encountered a connection error and is not queryable');
const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
/** Observed: a knowledge batch of 100,000 entries outran its 30 s transaction on a loaded PostgreSQL. */
const expired = Object.assign(
  new Error(
    'Transaction API error: A query cannot be executed on an expired transaction. The timeout for this transaction was 30000 ms, however 613449 ms passed since the start of the transaction.',
  ),
  { code: 'P2028', clientVersion: '7.10.0' },
);
const uniqueNumber = Object.assign(new Error('Unique constraint failed on the fields: (`number`)'), {
  code: 'P2002',
  meta: { target: ['number'] },
});

const inResolver = (error: Error) =>
  new GraphQLError(error.message, { originalError: error, path: ['receiveTipOff'] });

describe('database errors as the client meets them', () => {
  it.each([prismaUnreachable, rawUnreachable, adminShutdown, notQueryable, refused, expired])(
    'an outage ($message) is SERVICE_UNAVAILABLE',
    (error) => {
      expect(isDatabaseUnavailable(error)).toBe(true);
      const formatted = formatError({ message: error.message, path: ['receiveTipOff'] }, inResolver(error));
      expect(formatted.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
      expect(formatted.message).not.toContain('127.0.0.1');
    },
  );

  it('a unique-number clash is CONFLICT, not INTERNAL_SERVER_ERROR', () => {
    expect(isUniqueViolation(uniqueNumber)).toBe(true);
    expect(isDatabaseUnavailable(uniqueNumber)).toBe(false);
    const formatted = formatError({ message: uniqueNumber.message }, inResolver(uniqueNumber));
    // The shape of every other typed error: code, messageZh and messageEn (messageEn was missing).
    expect(formatted.extensions).toEqual({
      code: 'CONFLICT',
      messageZh: '编号与已有记录冲突，未写入任何数据，请重试',
      messageEn: 'A record with the same unique number already exists; nothing was written, retry the request',
    });
    expect(formatted.message).toBe(formatted.extensions?.messageEn);
  });

  it('a foreign key refusing a row is NOT_FOUND in zh and en, not INTERNAL_SERVER_ERROR (a command that missed checking a named record)', () => {
    const dangling = Object.assign(new Error('Foreign key constraint violated on the constraint: `KnowledgeEntry_insurerId_fkey`'), { code: 'P2003' });
    const formatted = formatError({ message: dangling.message, path: ['importKnowledgeEntries'] }, inResolver(dangling));
    expect(formatted.extensions).toEqual({
      code: 'NOT_FOUND',
      messageZh: '所引用的记录不存在（或已被删除），未写入任何数据',
      messageEn: 'A record this request refers to does not exist (or was deleted); nothing was written',
    });
    expect(formatted.message).not.toContain('fkey');
    // Still an error log line: the command should have checked the record it names.
    expect(isExpectedError(inResolver(dangling))).toBe(false);
  });

  it('other failures stay masked as INTERNAL_SERVER_ERROR', () => {
    const bug = new TypeError('cannot read properties of undefined');
    expect(isDatabaseUnavailable(bug)).toBe(false);
    expect(isUniqueViolation(bug)).toBe(false);
    expect(formatError({ message: bug.message }, inResolver(bug)).extensions?.code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });

  it('names the unique index a clash hit, in each wrapping seen (adapter-pg, PGlite, PGlite under row security)', () => {
    const clash = (cause: Record<string, unknown>) =>
      Object.assign(new Error('Unique constraint failed'), { code: 'P2002', meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });
    const message = 'duplicate key value violates unique constraint "Physician_idNumber_key"';
    expect(uniqueViolationFields(clash({ kind: 'UniqueConstraintViolation', constraint: { index: 'Physician_idNumber_key' } }))).toEqual(['idNumber']);
    expect(uniqueViolationFields(clash({ kind: 'UniqueConstraintViolation', constraint: { fields: ['"code"'] } }))).toEqual(['code']);
    expect(uniqueViolationFields(clash({ kind: 'UniqueConstraintViolation', originalCode: '23505', originalMessage: message }))).toEqual(['idNumber']);
    expect(uniqueViolationFields(new TypeError('no'))).toEqual([]);
  });
});
