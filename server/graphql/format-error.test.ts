import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  graphql,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ValueRefusal } from '../../schema/value-refusal.js';
import { formatError } from './format-error.js';
import { maskCredentials } from './mask-credentials.js';

// A one-field schema whose scalar refuses as schema/scalars.ts does (a negative amount).
const Fen = new GraphQLScalarType({
  name: 'Fen',
  parseValue: (v) => {
    if (typeof v === 'number' && v < 0) throw new ValueRefusal('Fen must not be negative');
    return v;
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      record: {
        type: GraphQLString,
        args: {
          input: {
            type: new GraphQLNonNull(
              new GraphQLInputObjectType({
                name: 'RecordInput',
                fields: { violatingAmountFen: { type: Fen } },
              }),
            ),
          },
        },
        resolve: () => 'recorded',
      },
    },
  }),
});

describe('formatError: a scalar refusing a variable', () => {
  it('answers BAD_USER_INPUT with the field, in Chinese as well as English', async () => {
    const result = await graphql({
      schema,
      source: 'mutation ($input: RecordInput!) { record(input: $input) }',
      variableValues: { input: { violatingAmountFen: -500 } },
    });
    const error = result.errors![0]!;
    const shown = formatError(error.toJSON(), error);
    expect(shown.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageZh: '输入有误：金额不能为负数',
      fields: [
        {
          path: ['input', 'violatingAmountFen'],
          message: 'Fen must not be negative',
          messageEn: 'Fen must not be negative',
          messageZh: '金额不能为负数',
        },
      ],
    });
    // The English keeps graphql-js's sentence, which names the variable for an API caller.
    expect(shown.message).toMatch(/^Variable "\$input" got invalid value -500/);
    expect(String(shown.extensions!.messageZh)).not.toMatch(/Variable|\$input/);
  });
});

describe('formatError: an enum value that does not exist', () => {
  it('names the field without graphql-js’s “Did you mean” (it would spell the schema out to a caller without introspection)', async () => {
    const Category = new GraphQLEnumType({ name: 'Category', values: { GENERAL_OUTPATIENT: {}, INPATIENT: {} } });
    const enumSchema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { pick: { type: GraphQLString, args: { input: { type: new GraphQLInputObjectType({ name: 'PickInput', fields: { category: { type: Category } } }) } }, resolve: () => 'x' } },
      }),
    });
    const result = await graphql({ schema: enumSchema, source: 'query ($input: PickInput) { pick(input: $input) }', variableValues: { input: { category: 'GENERAL_INPATIENT' } } });
    const error = result.errors![0]!;
    const shown = formatError(error.toJSON(), error);
    expect(shown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'category'] }] });
    expect(JSON.stringify(shown)).not.toMatch(/Did you mean|GENERAL_OUTPATIENT/);
  });
});

describe('maskCredentials', () => {
  it('redacts values under credential-like keys and a refused credential field, keeps the rest', () => {
    expect(maskCredentials('Variable "$i" got invalid value { username: "u", password: "p; w\\"d", apiKey: ahk_1, bogus: 1 }; Field "bogus" is not defined by type "LoginInput".')).toBe(
      'Variable "$i" got invalid value { username: "u", password: "[redacted]", apiKey: "[redacted]", bogus: 1 }; Field "bogus" is not defined by type "LoginInput".',
    );
    expect(maskCredentials('Variable "$i" got invalid value 12345 at "i.newPassword"; String cannot represent a non string value: 12345')).toBe(
      'Variable "$i" got invalid value "[redacted]" at "i.newPassword"; String cannot represent a non string value: "[redacted]"',
    );
    const plain = 'Variable "$first" got invalid value 1.5; Int cannot represent non-integer value: 1.5';
    expect(maskCredentials(plain)).toBe(plain);
  });
});
