import { GraphQLError, type ValidationRule } from 'graphql';
import { countThroughFragments } from './count-through-fragments.js';

/**
 * Caps the number of root fields in one operation (through fragments too). Depth and cost
 * limits bound one tree; this bounds how many trees a single request may plant, which
 * aliases alone would not (`a: agreements … b: findings …` with distinct fields).
 */
export function rootFieldLimit(max: number): ValidationRule {
  return (context) => {
    const count = countThroughFragments(context.getDocument(), (field) => (field.name.value === '__typename' ? 0 : 1));
    return {
      OperationDefinition(node) {
        const n = count(node.selectionSet);
        if (n > max) {
          context.reportError(
            new GraphQLError(`Too many root fields: ${n}, at most ${max} per operation (split the request).`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX', messageZh: `根字段过多：${n} 个，单个操作最多 ${max} 个` },
            }),
          );
        }
      },
    };
  };
}
