/**
 * A failure to start that the operator can fix (bad configuration, database unreachable, port
 * taken): main.ts prints its message as one line and exits non-zero, without a stack trace.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Turns driver errors into a short reason; never includes the connection string (it may hold a password). */
export function describeConnectionError(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: unknown };
  const code = e?.code ?? (e?.cause as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (is PostgreSQL running there?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ETIMEDOUT':
      return 'connection timed out';
    case '28P01':
    case '28000':
      return 'authentication failed';
    case '3D000':
      return 'database does not exist';
    default:
      return describeFailure(error);
  }
}

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
