/**
 * A failure to start that the operator can fix (bad configuration, database unreachable, port
 * taken): main.ts prints its message as one line and exits non-zero, without a stack trace.
 * The line is English, then Chinese (the agency's operators read Chinese first; the English
 * part keeps the exact words of the database or the system, which a search or a bug report needs).
 */
export class StartupError extends Error {
  override name = 'StartupError';
  readonly messageEn: string;
  readonly messageZh: string;
  constructor(en: string, zh: string) {
    super(`${en} / ${zh}`);
    this.messageEn = en;
    this.messageZh = zh;
  }
}

/** A reason in both languages. */
export interface Reason {
  en: string;
  zh: string;
}

/**
 * Turns driver errors into a short reason; never includes the connection string (it may hold a
 * password). The schema engine (migrations, the first thing a start does on PostgreSQL) throws
 * plain errors whose only trace of the cause is Prisma's sentence, so the sentence is matched too.
 */
export function describeConnectionError(error: unknown): Reason {
  const e = error as { code?: string; message?: string; cause?: unknown };
  const code = e?.code ?? (e?.cause as { code?: string } | undefined)?.code;
  const byCode = code ? CONNECTION_CODES[code] : undefined;
  if (byCode) return byCode;
  const en = describeFailure(error);
  const zh = CONNECTION_TEXTS.find(([pattern]) => pattern.test(en))?.[1] ?? '数据库报错（原因见前面的英文）';
  return { en, zh };
}

const AUTH_ZH = '认证失败：用户名或密码错误';
export const MIGRATION_ZH = '数据库迁移失败（原因见前面的英文）';
const CONNECTION_CODES: Record<string, Reason> = {
  ECONNREFUSED: { en: 'connection refused (is PostgreSQL running there?)', zh: '连接被拒绝（PostgreSQL 是否在该地址运行？）' },
  ENOTFOUND: { en: 'host not found', zh: '找不到数据库主机' },
  EAI_AGAIN: { en: 'host not found', zh: '找不到数据库主机' },
  ETIMEDOUT: { en: 'connection timed out', zh: '连接超时' },
  EHOSTUNREACH: { en: 'host unreachable', zh: '数据库主机不可达' },
  ENETUNREACH: { en: 'network unreachable', zh: '网络不可达' },
  '28P01': { en: 'authentication failed', zh: AUTH_ZH },
  '28000': { en: 'authentication failed', zh: AUTH_ZH },
  '3D000': { en: 'database does not exist', zh: '数据库不存在' },
};
/** Prisma's sentences for the same causes (the English stays Prisma's: it names the user or host). */
const CONNECTION_TEXTS: [RegExp, string][] = [
  [/^migration /, MIGRATION_ZH],
  [/Authentication failed|password authentication failed/i, AUTH_ZH],
  [/Can't reach database server|Connection terminated|connection refused/i, '无法连接到数据库服务器（PostgreSQL 是否在运行？主机和端口是否正确？）'],
  [/^Database `[^`]*` does not exist/, '数据库不存在'],
  [/TLS|SSL/, 'TLS 连接失败'],
  [/timed out|timeout/i, '连接超时'],
];

/**
 * One line for an unexpected start failure. Prisma's schema engine (migrations) answers a
 * failed statement with "external connector error", the database's ERROR and HINT lines and a
 * Rust span trace; printed whole it was a wall of text. Kept: which migration, what the database
 * said, its hint. PGlite's Emscripten errors carry no message at all ("[object Object]").
 * Connection strings are masked (they may hold a password).
 */
export function describeFailure(error: unknown): string {
  const e = error as { message?: unknown } | null;
  const text = typeof e?.message === 'string' && e.message !== '' ? e.message : describeBare(error);
  // A migration that failed on an earlier start blocks every later one (Prisma's P3009), whose
  // advice is `prisma migrate resolve`: a CLI that needs the native engine these hosts lack.
  const failedBefore = /The `([^`]+)` migration started at .* failed/.exec(text)?.[1];
  if (failedBefore) {
    return `migration ${failedBefore} failed on an earlier start (_prisma_migrations, its logs column says why): repair the database, then run UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '${failedBefore}' AND finished_at IS NULL; and start again to apply it anew`;
  }
  const migration = /migration_name="([^"]+)"/.exec(text)?.[1];
  const databaseSaid = /(?:^|\s)ERROR:\s*(.+)$/m.exec(text)?.[1];
  const hint = /^HINT:\s*(.+)$/m.exec(text)?.[1];
  const firstLine = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && line !== 'external connector error');
  const reason = (databaseSaid ?? firstLine ?? 'unknown error') + (hint ? ` (${hint.replace(/\.$/, '')})` : '');
  const line = migration ? `migration ${migration} failed: ${reason}` : reason;
  return line.replace(/postgres(ql)?:\/\/[^\s]+/g, '[database url]');
}

function describeBare(error: unknown): string {
  const e = error as { name?: unknown; errno?: unknown } | null;
  if (typeof e?.name === 'string' && typeof e.errno === 'number') return `${e.name} (errno ${e.errno})`;
  const text = String(error);
  return text === '[object Object]' ? 'unknown error' : text;
}
