/** The audit log view's list: newest first, one row per seq, bounded. */
export interface SeqEvent {
  seq: string;
}

export const MAX_ROWS = 500;

/** Merges delivered events into the shown list (a replay after reconnect may repeat some). */
export function mergeEvents<E extends SeqEvent>(shown: E[], incoming: E[], max = MAX_ROWS): E[] {
  const bySeq = new Map(shown.map((e) => [e.seq, e]));
  for (const e of incoming) bySeq.set(e.seq, e);
  return [...bySeq.values()]
    .sort((a, b) => (BigInt(b.seq) > BigInt(a.seq) ? 1 : BigInt(b.seq) < BigInt(a.seq) ? -1 : 0))
    .slice(0, max);
}

/** Where a (re)subscription resumes: after the newest event shown, or from the start when none is. */
export function resumeCursor(shown: SeqEvent[], heartbeat: string | null): string {
  const newest = shown.reduce<bigint>((max, e) => (BigInt(e.seq) > max ? BigInt(e.seq) : max), 0n);
  const beat = heartbeat ? BigInt(heartbeat) : 0n;
  return (newest > beat ? newest : beat).toString();
}

/** URL filter (react-admin's `?filter=` JSON) → the subscription's arguments. */
export function auditArgs(filter: Record<string, unknown>): {
  types: string[] | null;
  subject: string | null;
  actor: string | null;
} {
  const types = Array.isArray(filter.types)
    ? filter.types.map(String).filter(Boolean)
    : typeof filter.types === 'string' && filter.types
      ? [filter.types]
      : [];
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return { types: types.length ? types : null, subject: text(filter.subject), actor: text(filter.actor) };
}
