/** Display width of a character in half-width units: CJK and full-width forms count double. */
const width = (ch: string) =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
    ? 2
    : 1;

/**
 * A long axis label broken into at most `maxLines` lines of `maxUnits` half-width units (Latin
 * text at a space where there is one, Chinese anywhere), the last line ending in "…" when text
 * is left over: a violation type's name is never cut off at the chart's edge (the tooltip
 * shows it whole).
 */
export function wrapLabel(text: string, maxUnits: number, maxLines = 2): string[] {
  const chars = [...text.trim()];
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length && lines.length < maxLines) {
    let used = 0;
    let j = i;
    let lastSpace = -1;
    while (j < chars.length && used + width(chars[j]!) <= maxUnits) {
      if (chars[j] === ' ') lastSpace = j;
      used += width(chars[j]!);
      j += 1;
    }
    if (j < chars.length && chars[j] !== ' ' && lastSpace > i) j = lastSpace;
    lines.push(chars.slice(i, j).join('').trim());
    i = j;
    while (chars[i] === ' ') i += 1;
  }
  if (i < chars.length) {
    // The ellipsis takes one unit: drop the line's last character when there is no room for it.
    const last = [...lines[lines.length - 1]!];
    const used = last.reduce((s, ch) => s + width(ch), 0);
    lines[lines.length - 1] = `${(used + 1 <= maxUnits ? last : last.slice(0, -1)).join('')}…`;
  }
  return lines;
}
