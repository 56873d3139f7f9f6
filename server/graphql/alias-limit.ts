import { GraphQLError, type ValidationRule } from 'graphql';
import { countThroughFragments } from './count-through-fragments.js';

/**
 * Caps the aliases of one operation, counted through fragments (each spread counts its
 * fragment's aliases again, as execution would run them again). Unlike graphql-armor's rule
 * this counts `__typename` aliases too: `a1: __typename … a9999: __typename` costs the server
 * a response key each, and a cap that skips them is no cap.
 */
export function aliasLimit(max: number): ValidationRule {
  return (context) => {
    const count = countThroughFragments(context.getDocument(), (field, count) => (field.alias ? 1 : 0) + (field.selectionSet ? count(field.selectionSet) : 0));
    return {
      OperationDefinition(node) {
        const n = count(node.selectionSet);
        if (n > max) {
          context.reportError(
            new GraphQLError(`Aliases limit of ${max} exceeded, found ${n}.`, {
              nodes: [node],
              extensions: { messageZh: `别名数量超过上限 ${max}` },
            }),
          );
        }
      },
    };
  };
}
