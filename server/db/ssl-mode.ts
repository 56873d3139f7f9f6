/**
 * `sslmode` in DATABASE_URL, said once in plain words. pg 8 verifies the server's certificate and
 * host name for `prefer`, `require` and `verify-ca` alike (as `verify-full`), and prints a
 * multi-line "SECURITY WARNING" about a future major version on the first connection: an operator
 * who wrote the usual `sslmode=require` read it as a problem with the hub's security. The hub
 * keeps what pg does today, the strict check, by spelling it `verify-full` (which pg does not warn
 * about); the start log says so. Libpq's weaker `require` (encrypted, unverified) is never chosen
 * silently: `uselibpqcompat=true` in the URL asks for it explicitly and is left as written.
 */
const VERIFIED_AS_FULL = new Set(['prefer', 'require', 'verify-ca']);

export interface PinnedSslMode {
  url: string;
  /** The sslmode the operator wrote, when the hub spelt it `verify-full`. */
  pinnedFrom?: string;
}

export function pinSslMode(databaseUrl: string): PinnedSslMode {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return { url: databaseUrl };
  }
  const mode = url.searchParams.get('sslmode');
  if (!mode || !VERIFIED_AS_FULL.has(mode) || url.searchParams.get('uselibpqcompat') === 'true') return { url: databaseUrl };
  url.searchParams.set('sslmode', 'verify-full');
  return { url: url.toString(), pinnedFrom: mode };
}

/** The start log's line for a pinned mode (no URL in it: it may hold a password). */
export function sslModeNote(pinnedFrom: string): string {
  return `DATABASE_URL sslmode=${pinnedFrom}: the server's certificate and host name are verified (as sslmode=verify-full); for a private CA add sslrootcert=/path/to/ca.pem`;
}
