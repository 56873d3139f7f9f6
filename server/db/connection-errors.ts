/**
 * Recognises database failures that say "not now" rather than "wrong": the server is down,
 * restarting, refusing connections or out of connection slots. They reach the hub in several
 * wrappings (Prisma's known-request errors with a driver-adapter cause, pg's own errors,
 * Node socket errors), so each test walks the chain of causes.
 */

/** Prisma: cannot reach (P1001), timed out (P1002, P1008), connection closed (P1017), pool timeout (P2024). */
const PRISMA_UNAVAILABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Driver-adapter error kinds (@prisma/driver-adapter-utils) that mean the server is unreachable. */
const ADAPTER_UNAVAILABLE = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
/**
 * SQLSTATE: admin/crash shutdown (57P01, 57P02), cannot connect now (57P03), connection
 * exceptions (class 08), too many connections (53300).
 */
const SQLSTATE_UNAVAILABLE = /^(57P0[123]|08\w{3}|53300)$/;
const NODE_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/**
 * pg and Prisma errors that carry no code, only their text. A transaction that outran its
 * timeout on a loaded server (Prisma P2028, "expired transaction") rolled back whole: nothing
 * was written, and it is "not now" too, never the caller's INTERNAL_SERVER_ERROR.
 */
const MESSAGE_UNAVAILABLE =
  /Connection terminated|not queryable|Can't reach database server|Timed out fetching a new connection|Unable to start a transaction in the given time|timeout exceeded when trying to connect|executed on an expired transaction/i;

type Loose = {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  originalError?: unknown;
  meta?: { driverAdapterError?: unknown; target?: unknown };
  constraint?: { fields?: unknown; index?: unknown };
  detail?: unknown;
  originalMessage?: unknown;
};

function* chain(error: unknown): Generator<Loose> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === null || typeof current !== 'object' || seen.has(current) || seen.size > 16) continue;
    seen.add(current);
    const e = current as Loose;
    yield e;
    queue.push(e.cause, e.originalError, e.meta?.driverAdapterError);
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (
      code &&
      (PRISMA_UNAVAILABLE.has(code) || NODE_UNAVAILABLE.has(code) || SQLSTATE_UNAVAILABLE.test(code))
    )
      return true;
    if (typeof e.kind === 'string' && ADAPTER_UNAVAILABLE.has(e.kind)) return true;
    if (e.kind === 'postgres' && typeof code === 'string' && SQLSTATE_UNAVAILABLE.test(code)) return true;
    if (typeof e.message === 'string' && MESSAGE_UNAVAILABLE.test(e.message)) return true;
  }
  return false;
}

/** A unique index refused the row (Prisma P2002, SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e.code === 'P2002' || e.code === '23505' || e.kind === 'UniqueConstraintViolation') return true;
  }
  return false;
}

/**
 * The columns a unique violation names, as far as the wrapping tells: Prisma's `meta.target`,
 * the driver adapter's `constraint.fields` or index name (`Table_column_key`), or PostgreSQL's
 * detail `Key ("column")=(…)`, or the index named in its message (under row-level security
 * PostgreSQL sends no detail, and the embedded adapter then names nothing else). Empty when none does.
 */
export function uniqueViolationFields(error: unknown): string[] {
  const fields = new Set<string>();
  for (const e of chain(error)) {
    const target = e.meta?.target;
    if (Array.isArray(target)) for (const f of target) if (typeof f === 'string') fields.add(f);
    if (typeof target === 'string') fields.add(indexColumn(target));
    if (Array.isArray(e.constraint?.fields)) for (const f of e.constraint.fields) if (typeof f === 'string') fields.add(f.replace(/"/g, ''));
    if (typeof e.constraint?.index === 'string') fields.add(indexColumn(e.constraint.index));
    const named = typeof e.originalMessage === 'string' ? /unique constraint "([^"]+)"/.exec(e.originalMessage) : null;
    if (named) fields.add(indexColumn(named[1]!));
    const detail = typeof e.detail === 'string' ? e.detail : '';
    for (const m of detail.matchAll(/Key \(([^)]*)\)=/g)) for (const f of m[1]!.split(',')) fields.add(f.trim().replace(/"/g, ''));
  }
  return [...fields];
}

/** `Physician_idNumber_key` → `idNumber` (Prisma's unique index names). */
const indexColumn = (name: string) => /^[A-Za-z0-9]+_(.+)_key$/.exec(name)?.[1] ?? name;

/** A foreign key refused the row: the row it names does not exist (Prisma P2003, SQLSTATE 23503). */
export function isForeignKeyViolation(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e.code === 'P2003' || e.code === '23503' || e.kind === 'ForeignKeyConstraintViolation') return true;
  }
  return false;
}
