import { readFileSync, readdirSync } from 'node:fs';

/**
 * The statements of the migration whose folder ends with `_<name>` that start with `prefix`,
 * comments removed: the data half of a migration, for a test to run over rows as they stood
 * before it (the test database already has the migration's schema).
 */
export function migrationStatements(name: string, prefix: string): string[] {
  const dir = readdirSync('prisma/migrations').find((d) => d.endsWith(`_${name}`));
  if (!dir) throw new Error(`no migration named ${name}`);
  return readFileSync(`prisma/migrations/${dir}/migration.sql`, 'utf8')
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.startsWith(prefix));
}
