import type { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js (16.13 on) stops validating a document whose fields would take too long to
 * compare for overlaps (OverlappingFieldsCanBeMerged: a field repeated hundreds of times, a
 * thousand `__typename`s in one selection) and reports only "Validation aborted.", which
 * tells the client nothing. Said here in both languages, with the code it already had
 * (GRAPHQL_VALIDATION_FAILED). Null for any other error.
 */
export function validationAborted(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  if (formatted.message !== 'Validation aborted.') return null;
  const message = 'The document is too complex to validate: too many fields to compare (a field repeated hundreds of times in one selection); simplify it';
  return {
    message,
    extensions: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      messageZh: '查询过于复杂，无法完成校验：需要比较的字段过多（如同一选择集中某字段重复数百次），请简化查询',
      messageEn: message,
    },
  };
}
