import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationRule } from 'graphql';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { createRateLimiter } from './rate-limiter-store.js';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Viewer } from '../auth/viewer.js';
import { rootFieldLimit } from './root-field-limit.js';
import { MAX_COST } from './query-cost.js';
import { loadPersistedOperations, manifestCache, sha256, type PersistedOperations } from './persisted-operations.js';

/** Limits every operation meets before it touches the database. */
export const LIMITS = {
  // Provider → agreements → findings → penalties → appeals is depth 16 through connections.
  maxDepth: 18,
  maxAliases: 30,
  maxDirectives: 20,
  // Cost is the schema's complexity plugin (server/graphql/query-cost.ts): it sees variables.
  maxCost: MAX_COST,
  maxTokens: 4_000,
  maxRootFields: 15,
} as const;

export interface ApiProtection {
  maxTokens: number;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<Context>[];
  /** Apollo's persisted-query cache: the manifest in allow-list mode. */
  persistedQueries?: { cache: ReturnType<typeof manifestCache> };
  /** Whether a document may run here: always, unless allow-list mode refuses it (WebSocket path). */
  allows(query: string): boolean;
  /** The same per-credential budget for WebSocket subscribe messages. */
  consume(viewer: Viewer, ip: string | null): Promise<GraphQLError | null>;
}

/**
 * All API protection in one place:
 * - depth, alias, directive and cost limits (graphql-armor) and a root-field limit, as
 *   validation rules, so an abusive document is refused before any resolver runs;
 * - tokens: Apollo's own `maxTokens` (graphql-armor's throws inside a plugin hook → HTTP 500);
 * - per-credential rate limit (token bucket per API key / session, per IP when anonymous);
 * - allow-list mode: only documents of the persisted-operations manifest run.
 * Page sizes (first/last ≤ 100) are validated by the schema builder; the body size by http.ts.
 */
export function apiProtection(config: Config, options: { persisted?: PersistedOperations } = {}): ApiProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const protect = armor.protect();
  const persisted =
    options.persisted ?? (config.persistedOperations === 'allow-list' ? loadPersistedOperations(config.persistedOperationsManifest) : undefined);
  // One budget per credential across replicas on PostgreSQL (rate-limiter-store.ts).
  const limiter = createRateLimiter(config);

  const consume = async (viewer: Viewer, ip: string | null): Promise<GraphQLError | null> => {
    const key = config.rateLimitPerMinute > 0 ? rateLimitKey(viewer, ip) : null;
    if (key === null) return null;
    try {
      await limiter.consume(key);
      return null;
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      return rateLimited(Math.max(1, Math.ceil(result.msBeforeNext / 1000)), config.rateLimitPerMinute);
    }
  };

  const gate: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, queryHash }) {
          if (persisted && !persisted.has(queryHash)) throw notAllowed();
          const refused = await consume(contextValue.viewer, contextValue.http?.ip ?? null);
          if (refused) throw refused;
        },
      };
    },
  };

  return {
    maxTokens: LIMITS.maxTokens,
    validationRules: [...(protect.validationRules as ValidationRule[]), rootFieldLimit(LIMITS.maxRootFields)],
    plugins: [...(protect.plugins as ApolloServerPlugin<Context>[]), gate],
    ...(persisted ? { persistedQueries: { cache: manifestCache(persisted) } } : {}),
    allows: (query) => !persisted || persisted.has(sha256(query)),
    consume,
  };
}

/**
 * One bucket per credential (API key or session), per IP for anonymous HTTP callers. In-process
 * calls (scripts, tests through executeOperation) carry neither and are not limited.
 */
function rateLimitKey(viewer: Viewer, ip: string | null): string | null {
  if (viewer.credentialId) return `cred:${viewer.credentialId}`;
  if (ip) return `ip:${ip}`;
  return null;
}

function rateLimited(retryAfterSeconds: number, perMinute: number): GraphQLError {
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
