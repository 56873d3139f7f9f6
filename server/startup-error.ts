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
    default: {
      const message = String(e?.message ?? error).split('\n')[0] ?? 'unknown error';
      return message.replace(/postgres(ql)?:\/\/[^\s]+/g, '[database url]');
    }
  }
}
