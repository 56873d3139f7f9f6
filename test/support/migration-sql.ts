import { readFileSync, readdirSync } from 'node:fs';

/**
 * The statements of migration `…_<name>` that start with `prefix` (comments dropped), so a test
 * can run a migration's backfill over rows set up as they stood before it.
 */
export function migrationStatements(name: string, prefix: string): string[] {
  const dir = readdirSync('prisma/migrations').find((d) => d.endsWith(`_${name}`));
  if (!dir) throw new Error(`no migration named ${name}`);
  return readFileSync(`prisma/migrations/${dir}/migration.sql`, 'utf8')
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.startsWith(prefix));
}
