import { HeaderMap } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import type { Viewer } from '../auth/viewer.js';
import type { RateLimiter, RateLimitRefusal } from '../limits/rate-limiter.js';
import { rootFieldLimit } from './root-field-limit.js';
import { aliasLimit } from './alias-limit.js';
import { subscriptionRootDirectives } from './subscription-root-directives.js';
import { MAX_COST } from '../../schema/query-cost.js';
import { loadPersistedOperations, manifestCache, sha256, type PersistedOperations } from './persisted-operations.js';

/** Limits every operation meets before it touches the database. */
export const LIMITS = {
  // Provider → agreements → findings → penalties → appeals is depth 16 through connections.
  maxDepth: 18,
  maxAliases: 30,
  maxDirectives: 20,
  // Cost: schema/operation-cost.ts, checked by the pipeline before execution with the variables.
  maxCost: MAX_COST,
  maxTokens: 4_000,
  maxRootFields: 15,
} as const;

export interface ApiProtection {
  maxTokens: number;
  validationRules: ValidationRule[];
  /** Apollo's persisted-query cache: the manifest in allow-list mode. */
  persistedQueries?: { cache: ReturnType<typeof manifestCache> };
  /** Whether a document may run here: always, unless allow-list mode refuses it. */
  allows(query: string): boolean;
  /** Whether a document, known by its SHA-256, may run here. */
  allowsHash(hash: string): boolean;
  /** Spends one operation of the credential's budget (shared by every transport). */
  consume(viewer: Viewer, ip: string | null): Promise<GraphQLError | null>;
}

/**
 * All API protection in one place, built once per process (server/graphql/pipeline.ts):
 * - introspection refused where it is off (production), as a validation rule;
 * - depth, alias, directive limits and a root-field limit, as validation rules, so an abusive
 *   document is refused before any resolver runs (cost is the pipeline's, see pipeline.ts);
 * - tokens: graphql-js's `maxTokens` at parse (graphql-armor's throws inside a plugin hook → HTTP 500);
 * - the per-credential rate limit (server/limits/rate-limiter.ts), one budget for all transports;
 * - allow-list mode: only documents of the persisted-operations manifest run.
 * Page sizes (first/last ≤ 100) are validated by the schema builder; the body size by http.ts.
 */
export function apiProtection(config: Config, options: { persisted?: PersistedOperations; limiter: RateLimiter }): ApiProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: true, ...reportedAs('depth') },
    // Replaced by aliasLimit: graphql-armor's rule does not count `__typename` aliases.
    maxAliases: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true, ...reportedAs('directives') },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // Field suggestions are masked by the one error formatter (format-error.ts), for every transport.
    blockFieldSuggestion: { enabled: false },
  });
  const protect = armor.protect();
  const persisted =
    options.persisted ?? (config.persistedOperations === 'allow-list' ? loadPersistedOperations(config.persistedOperationsManifest) : undefined);
  const { limiter } = options;

  return {
    maxTokens: LIMITS.maxTokens,
    validationRules: [
      ...(protect.validationRules as ValidationRule[]),
      aliasLimit(LIMITS.maxAliases),
      rootFieldLimit(LIMITS.maxRootFields),
      // A rule of the current GraphQL specification that graphql-js 16 lacks (a 4500 on the socket).
      subscriptionRootDirectives(),
      // Introspection off (production) is refused here, for HTTP and WebSocket alike: Apollo's
      // own `introspection: false` covered HTTP only, and a socket returned the whole schema.
      ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    ],
    ...(persisted ? { persistedQueries: { cache: manifestCache(persisted) } } : {}),
    allows: (query) => !persisted || persisted.has(sha256(query)),
    allowsHash: (hash) => !persisted || persisted.has(hash),
    async consume(viewer, ip) {
      const refusal = await limiter.consume(viewer, ip);
      return refusal ? rateLimited(refusal) : null;
    },
  };
}

const ARMOR_REFUSAL = /^Syntax Error: ((?:Query depth|Directives) limit of (\d+) exceeded, found (\d+)\.)$/;

/**
 * graphql-armor's depth and directive limits word their refusal "Syntax Error: Query depth
 * limit of 18 exceeded, found 22." (the document parsed fine) and in English only. Reported
 * here instead, as the other limits are (alias-limit.ts): the sentence without the false
 * prefix, a zh message, GRAPHQL_VALIDATION_FAILED (Apollo's code for every validation rule,
 * given over the socket too). The rule's hook is not handed the operation, so no location.
 */
function reportedAs(limit: 'depth' | 'directives') {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const [, sentence, max, found] = ARMOR_REFUSAL.exec(error.message) ?? [];
        const messageZh =
          limit === 'depth' ? `查询嵌套过深：深度 ${found} 超过上限 ${max}` : `指令数量过多：${found} 个，超过上限 ${max}`;
        context?.reportError(new GraphQLError(sentence ?? error.message.replace(/^Syntax Error: /, ''), { extensions: { messageZh } }));
      },
    ],
  };
}

function rateLimited({ retryAfterSeconds, perMinute }: RateLimitRefusal): GraphQLError {
  return new GraphQLError(`Rate limit exceeded (${perMinute} operations per minute); retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      messageZh: `请求过于频繁（每分钟最多 ${perMinute} 次），请 ${retryAfterSeconds} 秒后重试`,
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

export function notAllowed(): GraphQLError {
  return new GraphQLError('Only persisted operations are accepted by this server', {
    extensions: {
      code: 'PERSISTED_QUERY_NOT_ALLOWED',
      messageZh: '此服务器只接受已登记（持久化）的操作',
      http: { status: 400 },
    },
  });
}
