import { readFile, writeFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
import { sortedSchema } from '../schema/index.js';

/**
 * Writes schema/schema.graphql, or with --check fails when the committed file is stale, so
 * that API changes are always visible in review.
 */
const target = new URL('../schema/schema.graphql', import.meta.url);
const printed = `${printSchema(sortedSchema())}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error('schema/schema.graphql is stale: run `npm run schema:print` and commit it.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date.');
} else {
  await writeFile(target, printed);
  console.log('wrote schema/schema.graphql');
}
