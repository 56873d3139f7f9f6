import { GraphQLError, getNamedType, getNullableType, isLeafType, isListType, type GraphQLField } from 'graphql';

/**
 * What an operation may cost before it runs: one point per object it can return (scalars are
 * free: they come with their row), multiplied by how many items a list can return.
 * Connections multiply by the page size actually requested (`first`/`last`, from literals or
 * variables alike) or the default page size. So the cost is about the number of rows a query
 * can fetch: 50 providers × 10 agreements × 10 penalties is ~6,100 and runs; 100 agreements
 * × 100 agreements is ~10,300 and is refused.
 */
export const MAX_COST = 10_000;
export const DEFAULT_PAGE = 20;
/** Plain lists (not connections) are short in this schema: enum arrays, clauses of a version. */
const PLAIN_LIST_MULTIPLIER = 10;

export interface FieldCost {
  field: number;
  multiplier: number;
}

export function fieldCost<C>(args: Record<string, unknown>, field: GraphQLField<unknown, C>): FieldCost {
  const first = args.first ?? args.last;
  if (typeof first === 'number') return { field: 1, multiplier: Math.max(first, 0) };
  const type = getNullableType(field.type);
  if (isLeafType(getNamedType(field.type))) {
    return { field: 0, multiplier: isListType(type) ? PLAIN_LIST_MULTIPLIER : 1 };
  }
  if (field.name === 'edges' && isListType(type)) {
    // The connection above already multiplied by its page size.
    return { field: 0, multiplier: 1 };
  }
  if (isConnection(field)) return { field: 1, multiplier: DEFAULT_PAGE };
  if (isListType(type)) return { field: 1, multiplier: PLAIN_LIST_MULTIPLIER };
  return { field: 1, multiplier: 1 };
}

function isConnection<C>(field: GraphQLField<unknown, C>): boolean {
  return field.args.some((a) => a.name === 'first') && field.args.some((a) => a.name === 'after');
}

export function costError(kind: string, result: { complexity: number; depth: number; maxComplexity?: number; maxDepth?: number }): GraphQLError {
  const tooDeep = kind === 'Depth';
  const message = tooDeep
    ? `Query is too deep: depth ${result.depth} exceeds the limit of ${result.maxDepth}`
    : `Query is too expensive: cost ${result.complexity} exceeds the limit of ${result.maxComplexity}; request smaller pages`;
  return new GraphQLError(message, {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      messageZh: tooDeep
        ? `查询嵌套过深：深度 ${result.depth} 超过上限 ${result.maxDepth}`
        : `查询开销过大：成本 ${result.complexity} 超过上限 ${result.maxComplexity}，请减小分页大小`,
      cost: result.complexity,
      maxCost: result.maxComplexity,
      http: { status: 400 },
    },
  });
}
