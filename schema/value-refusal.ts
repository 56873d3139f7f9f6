import { GraphQLError } from 'graphql';

/**
 * A scalar refusing a value (a date out of range, a negative amount): the caller's mistake,
 * BAD_USER_INPUT, whether graphql-js meets the value in a variable or in a literal (where it
 * reports it during validation). The error formatter recognises it by this class.
 */
export class ValueRefusal extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}
