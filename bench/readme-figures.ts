import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The README's benchmark figures are the latest run's (issue 14): each benchmark that writes
 * bench/RESULTS.md also replaces its block in README.md, between `<!-- figures:NAME -->` and
 * `<!-- /figures:NAME -->`, so the two never disagree and no one copies tables by hand.
 */
export function writeReadmeFigures(name: string, lines: string[]): void {
  const file = fileURLToPath(new URL('../README.md', import.meta.url));
  const text = readFileSync(file, 'utf8');
  const open = `<!-- figures:${name} -->`;
  const close = `<!-- /figures:${name} -->`;
  const from = text.indexOf(open);
  const to = text.indexOf(close);
  if (from < 0 || to < from) {
    console.log(`README.md has no ${open} … ${close} block: its figures were not updated`);
    return;
  }
  writeFileSync(file, `${text.slice(0, from + open.length)}\n${lines.join('\n')}\n\n${text.slice(to)}`);
  console.log(`README.md: its ${name} figures are this run's`);
}
