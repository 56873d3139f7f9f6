import { z } from 'zod';
import { isTimeZone } from './domain/shared/local-date.js';
import { pinSslMode } from './db/ssl-mode.js';

/**
 * The hub's whole configuration, read from the environment once at start and validated, so a
 * typo ends the process with one clear line instead of failing later inside a request.
 */
const PORT_RULE = { error: 'must be a port number from 0 to 65535' };
const portSchema = z.coerce.number(PORT_RULE).int(PORT_RULE).min(0, PORT_RULE).max(65535, PORT_RULE);

const databaseUrlSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a postgresql://user:password@host:port/database URL');

/**
 * Browser origins exactly as a browser sends them (`https://console.example.org`, no path):
 * the CORS check compares them as strings, so `example.org` or a trailing slash matched nothing
 * and a `*` (which cannot go with credentials) silently allowed no one.
 */
const corsOriginsSchema = z
  .string()
  .default('')
  .superRefine((value, ctx) => {
    for (const origin of splitList(value)) {
      if (!isOrigin(origin)) {
        ctx.addIssue({
          code: 'custom',
          message: `must list origins such as https://console.example.org, comma-separated (not "${origin}"; * is not allowed: the console's requests carry credentials)`,
        });
        return;
      }
    }
  });

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * The term-end job runs on a cron, which only repeats evenly when the interval divides the hour
 * (minutes) or the day (whole hours): a 7-minute step fires at :56 and again at :00. Other values were
 * rounded silently (90 became every 2 hours, 0.5 every minute); now the operator is told.
 */
const TERM_JOB_INTERVALS = [0, 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60, 120, 180, 240, 360, 480, 720, 1440];
const termJobIntervalSchema = z.coerce
  .number()
  .default(60)
  .refine(
    (value) => TERM_JOB_INTERVALS.includes(value),
    `must be 0 (off), minutes dividing an hour (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30) or whole hours dividing a day (60, 120, 180, 240, 360, 480, 720, 1440)`,
  );

const splitList = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('::'),
  PORT: portSchema.default(4000),
  DATABASE_URL: databaseUrlSchema.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('.data'),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: corsOriginsSchema,
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  CLAIMS_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(512 * 1024 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).optional(),
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(0).optional(),
  AUTH_FAILURES_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).optional(),
  PERSISTED_OPERATIONS: z.enum(['off', 'allow-list']).optional(),
  PERSISTED_OPERATIONS_MANIFEST: z.string().default('schema/persisted-operations.json'),
  INTROSPECTION: z.enum(['true', 'false']).optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  TERM_JOB_INTERVAL_MINUTES: termJobIntervalSchema,
  JOB_HEARTBEAT_SECONDS: z.coerce.number().int().min(10).default(30),
  JOB_SUPERVISE_SECONDS: z.coerce.number().int().min(1).default(30),
  AUDIT_HEARTBEAT_MS: z.coerce.number().int().min(100).default(15_000),
  AUDIT_POLL_MS: z.coerce.number().int().min(100).default(2_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5_000),
  WEBHOOK_PRIVATE_TARGETS: z.enum(['allow', 'intranet', 'refuse']).optional(),
  HUB_TIME_ZONE: z.string().default('Asia/Shanghai').refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** PostgreSQL connection string; absent → the embedded database under `dataDir`. */
  databaseUrl: string | undefined;
  /** The sslmode the operator wrote when the URL now says verify-full (server/db/ssl-mode.ts). */
  databaseSslModePinnedFrom?: string;
  databasePoolSize: number;
  dataDir: string;
  seedDemo: boolean;
  logLevel: string;
  corsOrigins: string[];
  maxBodyBytes: number;
  /** Largest claims file POST /claims/import reads (streamed, so memory does not grow with it). */
  claimsImportMaxBytes: number;
  /** Operations per minute per credential (per IP when anonymous); 0 = no limit. */
  rateLimitPerMinute: number;
  /**
   * Refused credentials (API keys, sessions, passwords) per client address and minute before
   * the address is refused for 15 minutes (server/limits/auth-failure-limiter.ts); 0 = no limit.
   */
  authFailuresPerMinute: number;
  authFailuresPerAddressPerMinute: number;
  /** Requests per minute per IP on the anonymous public disclosure view (/public/), always on. */
  publicRateLimitPerMinute: number;
  persistedOperations: 'off' | 'allow-list';
  /** `{ sha256: document }` allowed in allow-list mode (GraphQL Code Generator's persisted documents). */
  persistedOperationsManifest: string;
  introspection: boolean;
  sessionTtlHours: number;
  /** How often expiry/activation at term boundaries runs; 0 turns the job off. */
  termJobIntervalMinutes: number;
  /** Background jobs: heartbeat and supervision (server/jobs/queue.ts). */
  jobHeartbeatSeconds: number;
  jobSuperviseSeconds: number;
  /** Idle audit subscriptions get a heartbeat this often. */
  auditHeartbeatMs: number;
  /** The audit stream's safety-net read without a NOTIFY (a LISTEN lost). */
  auditPollMs: number;
  /** Webhook attempts before a delivery is DEAD, and the first retry delay (doubling after). */
  webhookMaxAttempts: number;
  webhookRetryBaseMs: number;
  /** Deliver webhooks to loopback, private and link-local addresses (server/audit/webhooks/post-webhook.ts). */
  webhookPrivateTargets: 'allow' | 'intranet' | 'refuse';
  /** The agency's time zone: local days for numbers and defaults, dates in the console. */
  timeZone: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const name = first?.path.join('.') ?? '';
    // The agency's operators read Chinese first; the English part keeps the exact rule.
    throw new ConfigError(`invalid configuration: ${name} ${first?.message} / 配置错误：环境变量 ${name} 的值无效`);
  }
  const c = parsed.data;
  const database = c.DATABASE_URL ? pinSslMode(c.DATABASE_URL) : undefined;
  const production = c.NODE_ENV === 'production';
  const authFailuresPerMinute = c.AUTH_FAILURES_PER_MINUTE ?? (production ? 20 : 0);
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    databaseUrl: database?.url,
    ...(database?.pinnedFrom ? { databaseSslModePinnedFrom: database.pinnedFrom } : {}),
    databasePoolSize: c.DATABASE_POOL_SIZE,
    dataDir: c.DATA_DIR,
    // Demo data only ever goes into an empty embedded database unless asked for explicitly.
    seedDemo: c.SEED_DEMO ? c.SEED_DEMO === 'true' : c.DATABASE_URL === undefined,
    logLevel: c.LOG_LEVEL,
    corsOrigins: splitList(c.CORS_ORIGINS),
    maxBodyBytes: c.MAX_BODY_BYTES,
    claimsImportMaxBytes: c.CLAIMS_IMPORT_MAX_BYTES,
    // On by default in production; off in development so local tools and load tests are not
    // throttled. 0 turns it off anywhere.
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE ?? (production ? 3000 : 0),
    // On by default in production, like the budget above; tests and local tools send refused
    // credentials on purpose and would lock themselves out.
    authFailuresPerMinute,
    // The address as a whole (an office behind one NAT address) gets five credentials' worth
    // before all of it is refused.
    authFailuresPerAddressPerMinute: c.AUTH_FAILURES_PER_ADDRESS_PER_MINUTE ?? authFailuresPerMinute * 5,
    publicRateLimitPerMinute: c.PUBLIC_RATE_LIMIT_PER_MINUTE,
    persistedOperations: c.PERSISTED_OPERATIONS ?? 'off',
    persistedOperationsManifest: c.PERSISTED_OPERATIONS_MANIFEST,
    introspection: c.INTROSPECTION ? c.INTROSPECTION === 'true' : !production,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    termJobIntervalMinutes: c.TERM_JOB_INTERVAL_MINUTES,
    jobHeartbeatSeconds: c.JOB_HEARTBEAT_SECONDS,
    jobSuperviseSeconds: c.JOB_SUPERVISE_SECONDS,
    auditHeartbeatMs: c.AUDIT_HEARTBEAT_MS,
    auditPollMs: c.AUDIT_POLL_MS,
    webhookMaxAttempts: c.WEBHOOK_MAX_ATTEMPTS,
    webhookRetryBaseMs: c.WEBHOOK_RETRY_BASE_MS,
    // Refused in production: partners register the URLs the hub posts to from inside the network.
    webhookPrivateTargets: c.WEBHOOK_PRIVATE_TARGETS ?? (production ? 'intranet' : 'allow'),
    timeZone: c.HUB_TIME_ZONE,
  };
}

/** `PORT=` in a shell means "unset", not "zero". */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}
