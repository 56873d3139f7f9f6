import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityWord } from './words.js';

/** Every record a domain error names by its type, as the sources name it. */
function namedEntities(dir: string, out = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'generated') namedEntities(file, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:notFound|notRunning|termRunning|staleVersion|illegalTransition)\(\s*'([A-Z]\w+)'/g)) out.add(m[1]!);
      for (const m of text.matchAll(/\brequireInsurer\([^,()]+,[^,()]+,\s*'([A-Z]\w+)'/g)) out.add(m[1]!);
    }
  }
  return out;
}

describe('entityWord', () => {
  it('names in Chinese and English every record a refusal names', () => {
    const named = [...namedEntities('server')];
    expect(named.length).toBeGreaterThan(15);
    // A type without a word falls back to its own name in both languages.
    const untranslated = named.filter((e) => entityWord(e).zh === e);
    expect(untranslated).toEqual([]);
  });
});
