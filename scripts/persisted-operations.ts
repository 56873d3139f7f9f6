import { readFile, writeFile } from 'node:fs/promises';
import { Kind, getOperationAST, print, type DocumentNode, type FieldNode } from 'graphql';
import * as generated from '../admin/src/gql/graphql.js';
import { walkDocument } from '../admin/src/providers/data/walk-document.js';
import { sha256 } from '../server/graphql/persisted-operations.js';

/**
 * Writes schema/persisted-operations.json, the allow-list of `PERSISTED_OPERATIONS=allow-list`
 * (`{ "<sha256 hex>": "<document>" }`), or with --check fails when the committed file is stale.
 *
 * Its documents are the console's: GraphQL Code Generator's persisted documents
 * (admin/src/gql/persisted-documents.json, keys `sha256:<hex>`; `npm run codegen` writes it),
 * plus the cursor walk the data provider derives from every list query (walk-document.ts: a
 * page jump loads only `pageInfo` of the pages it skips). The console sends exactly these texts
 * (providers/persisted-documents.ts), so its operations run in allow-list mode.
 */
const target = new URL('../schema/persisted-operations.json', import.meta.url);
const source = new URL('../admin/src/gql/persisted-documents.json', import.meta.url);

const codegen = JSON.parse(await readFile(source, 'utf8')) as Record<string, string>;
const manifest: Record<string, string> = {};
for (const [key, text] of Object.entries(codegen)) {
  const hash = key.replace(/^sha256:/, '');
  if (sha256(text) !== hash) throw new Error(`${key.slice(0, 20)}… is not the sha256 of its document`);
  manifest[hash] = text;
}

/** A list query: `$first`/`$after` feeding one root connection with `pageInfo`. */
function listField(document: DocumentNode): string | null {
  const operation = getOperationAST(document);
  if (operation?.operation !== 'query') return null;
  const variables = new Set(operation.variableDefinitions?.map((v) => v.variable.name.value));
  if (!variables.has('first') || !variables.has('after')) return null;
  const fields = operation.selectionSet.selections.filter(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value !== '__typename',
  );
  const connection = fields.length === 1 ? fields[0]! : null;
  const hasPageInfo = connection?.selectionSet?.selections.some(
    (s) => s.kind === Kind.FIELD && s.name.value === 'pageInfo',
  );
  return connection && hasPageInfo ? (connection.alias ?? connection.name).value : null;
}

for (const [name, value] of Object.entries(generated)) {
  const document = value as DocumentNode;
  if (!name.endsWith('Document') || document?.kind !== Kind.DOCUMENT) continue;
  const field = listField(document);
  if (!field) continue;
  const walk = print(walkDocument(document, field));
  manifest[sha256(walk)] = walk;
}

const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
const printed = `${JSON.stringify(sorted, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error('schema/persisted-operations.json is stale: run `npm run codegen` and commit it.');
    process.exit(1);
  }
  console.log(`schema/persisted-operations.json is up to date (${Object.keys(sorted).length} operations).`);
} else {
  await writeFile(target, printed);
  console.log(`wrote schema/persisted-operations.json (${Object.keys(sorted).length} operations)`);
}
