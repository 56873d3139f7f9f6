import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder } from './builder.js';
import { ValueRefusal } from './value-refusal.js';
import { DomainError } from '../server/domain/errors.js';

/**
 * Dates and instants the hub accepts: 1900-01-01 to 2100-12-31 (UTC). Nothing in fund
 * supervision lies outside, and PostgreSQL refuses some years JavaScript accepts (year 0),
 * which would otherwise surface as an internal error. Filters take the same range.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

function refuse(message: string): GraphQLError {
  return new ValueRefusal(message);
}

/** Instants: UTC ISO 8601 with milliseconds and `Z`, whatever the input's offset was. */
builder.scalarType('DateTime', {
  description: 'An instant in UTC, ISO 8601 (e.g. 2026-01-31T08:00:00.000Z); years 1900 to 2100.',
  serialize: (value) => new Date(value as Date | string).toISOString(),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(literalString(ast, 'DateTime')),
});

/** Calendar dates (agreement terms, deadlines in days): YYYY-MM-DD, stored at UTC midnight. */
builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD), from 1900-01-01 to 2100-12-31.',
  serialize: (value) => new Date(value as Date | string).toISOString().slice(0, 10),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(literalString(ast, 'Date')),
});

/**
 * Money in integer fen (1 yuan = 100 fen), exact. Serialised as a JSON integer; the range is
 * JavaScript's safe integers (±90 trillion yuan), checked both ways so nothing rounds silently.
 */
builder.scalarType('Fen', {
  description: 'An amount of money in integer fen (分), CNY. 100 fen = 1 yuan. Inputs are never negative.',
  serialize: (value) => {
    const n = typeof value === 'bigint' ? value : BigInt(value as number);
    if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER)) {
      // Each input is within the range, but a total of several (a dashboard month, a report)
      // can pass it: the field is refused with a stable code, not an internal error.
      throw new DomainError('AMOUNT_OUT_OF_RANGE', {
        zh: '金额超出可精确表示的范围（约 90 万亿元），无法返回',
        en: 'The amount is beyond the range the API carries exactly (about 90 trillion yuan)',
      });
    }
    return Number(n);
  },
  parseValue: (value) => parseFen(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw refuse('Fen must be an integer number of fen');
    return parseFen(Number(ast.value));
  },
});

/** Exact decimals (multiples, thresholds, scores) travel as strings so no float rounding creeps in. */
builder.scalarType('Decimal', {
  description: 'An exact decimal number as a string, e.g. "2.00".',
  serialize: (value) => String(value),
  parseValue: (value) => parseDecimal(value),
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : literalString(ast, 'Decimal')),
});

builder.scalarType('JSON', {
  description: 'Arbitrary JSON (evidence references, event data).',
  serialize: (value) => value,
  parseValue: (value) => value,
});

function literalString(ast: ValueNode, name: string): string {
  if (ast.kind !== Kind.STRING) throw refuse(`${name} must be a string`);
  return ast.value;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw refuse('DateTime must be ISO 8601 with a time zone, e.g. 2026-01-31T08:00:00Z');
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw refuse('DateTime is not a real instant');
  // JavaScript rolls a day the month lacks over into the next month (2026-02-30 is 2 March)
  // and reads 24:00 as the next day's midnight; RFC 3339 has neither, and a clerk who typed
  // one meant something else, so the instant is refused rather than moved.
  if (!isCalendarDay(value.slice(0, 10))) throw refuse('DateTime names a day that does not exist');
  if (value.slice(11, 13) === '24') throw refuse('DateTime hours run from 00 to 23');
  return inRange(date, 'DateTime');
}

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw refuse('Date must be YYYY-MM-DD');
  }
  if (!isCalendarDay(value)) throw refuse('Date is not a real calendar date');
  return inRange(new Date(`${value}T00:00:00.000Z`), 'Date');
}

/** True when `YYYY-MM-DD` is a day of the Gregorian calendar (no 30 February, no month 13). */
function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function inRange(date: Date, name: string): Date {
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) throw refuse(`${name} must lie between ${MIN_YEAR} and ${MAX_YEAR}`);
  return date;
}

function parseFen(value: unknown): bigint {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw refuse('Fen must be an integer number of fen within the safe integer range');
  }
  // Every amount the API takes (claims, penalties, rewards, filter bounds) is a quantity, never a debit.
  if (value < 0) throw refuse('Fen must not be negative');
  return BigInt(value);
}

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !/^-?\d{1,14}(\.\d{1,4})?$/.test(value)) {
    throw refuse('Decimal must be a decimal string such as "2.00"');
  }
  return value;
}
