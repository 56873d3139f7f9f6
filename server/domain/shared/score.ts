/** Scores (0–100, two decimals) as hundredths, so thresholds compare exactly. */
export function parseScore(value: string): bigint | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) return null;
  const hundredths = BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  return hundredths <= 10_000n ? hundredths : null;
}

export function formatScore(hundredths: bigint): string {
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
