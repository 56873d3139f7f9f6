import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Credentials never reach a log line: the redaction list covers every
 * place a secret can sit in what we log (headers, variables of login and key mutations).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'req.headers["x-csrf-token"]',
        '*.password',
        '*.apiKey',
        '*.key',
        '*.secret',
        '*.token',
        'variables.*.password',
        'variables.password',
      ],
      censor: '[redacted]',
    },
  } satisfies pino.LoggerOptions;
  // A destination only in tests that read the log lines (e.g. to prove no secret is written).
  return pino(options, destination ?? stdout());
}

/**
 * stdout, written in batches: a write per line (one request-log line per operation) was ~5 %
 * of a mutation's CPU (bench/PERFORMANCE.md "Audit log"). Lines reach stdout at 4 KB or at
 * the latest after 100 ms; pino flushes what is left when the process exits (also on a crash
 * that runs exit handlers), so only a SIGKILL can lose the last 100 ms of lines.
 */
function stdout(): DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 100 });
}
