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
  return destination ? pino(options, destination) : pino(options);
}
