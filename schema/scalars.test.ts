import { describe, expect, it } from 'vitest';
import { GraphQLScalarType, parseValue as parseLiteralText } from 'graphql';
import { buildSchema } from './index.js';
import { fieldMessageZh } from '../server/domain/field-messages.js';

/**
 * The Date and DateTime scalars take only days of the calendar and hours of the day: JavaScript
 * reads 2026-02-30T10:00Z as 2 March and 24:00 as the next midnight, so a rule hit "occurred"
 * on a day the clerk never typed (both were accepted and moved before).
 */
const schema = buildSchema();
const scalar = (name: string) => schema.getType(name) as GraphQLScalarType;

function refusal(name: string, value: string): string {
  const type = scalar(name);
  let message = '';
  try {
    type.parseValue(value);
  } catch (error) {
    message = (error as Error).message;
  }
  // The same value written in the document is refused alike.
  expect(() => type.parseLiteral(parseLiteralText(JSON.stringify(value)))).toThrow(message || 'never');
  return message;
}

describe('DateTime refuses instants that do not exist', () => {
  it.each(['2026-02-30T10:00:00Z', '2026-02-29T10:00:00+08:00', '2026-04-31T00:00:00Z', '2100-02-29T00:00:00Z'])('%s: no such day', (value) => {
    expect(refusal('DateTime', value)).toBe('DateTime names a day that does not exist');
  });

  it.each(['2026-03-05T24:00:00Z', '2026-03-05T24:00Z'])('%s: hours run to 23', (value) => {
    expect(refusal('DateTime', value)).toBe('DateTime hours run from 00 to 23');
  });

  it('says so in Chinese too', () => {
    expect(fieldMessageZh('DateTime names a day that does not exist')).toBe('时间中的日期不存在');
    expect(fieldMessageZh('DateTime hours run from 00 to 23')).toBe('时间的小时须为 00 至 23');
  });

  it('takes the days that exist, leap days included, in any offset', () => {
    expect(scalar('DateTime').parseValue('2028-02-29T23:59:59+08:00')).toEqual(new Date('2028-02-29T15:59:59Z'));
    expect(scalar('DateTime').parseValue('2026-03-05T00:00:00Z')).toEqual(new Date('2026-03-05T00:00:00Z'));
  });
});

describe('Date refuses days that do not exist', () => {
  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31'])('%s', (value) => {
    expect(refusal('Date', value)).toBe('Date is not a real calendar date');
  });

  it('takes 29 February of a leap year', () => {
    expect(scalar('Date').parseValue('2028-02-29')).toEqual(new Date('2028-02-29T00:00:00Z'));
  });
});
