/**
 * How long the console's graphql-ws client waits before reconnecting (subscriptions.ts).
 * graphql-ws's own wait doubles with every failed attempt and has no ceiling: the console
 * retries for ever, so after a ten-minute outage of the hub (a restart, a deploy) the audit
 * log's live view waited another quarter of an hour, and after an hour some hours, before it
 * tried again. The wait here stops growing at MAX_RETRY_DELAY_MS.
 *
 * A socket the hub closed with 4429 and `RATE_LIMITED: retry after N s` (its address or
 * credential blocked for failed authentications: server/graphql/socket-credentials.ts) is
 * retried after those N seconds: every attempt before would be refused at the upgrade. The
 * protocol's own 4429 (a second connection_init, "Too many initialisation requests") says
 * nothing about time and is retried as any other close.
 */
export const MAX_RETRY_DELAY_MS = 30_000;

export interface LastClose {
  code?: number;
  reason?: string;
}

export function retryDelayMs(retries: number, lastClose: LastClose | null, random: () => number = Math.random): number {
  // 0.3–3 s of jitter, as graphql-ws adds, so consoles reconnecting together spread out.
  const jitter = 300 + Math.floor(random() * 2_700);
  const blocked = lastClose?.code === 4429 ? /^RATE_LIMITED: retry after (\d+) s$/.exec(lastClose.reason ?? '') : null;
  if (blocked) return Number(blocked[1]) * 1_000 + jitter;
  return Math.min(1_000 * 2 ** retries, MAX_RETRY_DELAY_MS) + jitter;
}
