import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as generated from '../admin/src/gql/graphql.js';
import { graphql } from '../admin/src/gql/gql.js';
import {
  documentExport,
  documentSources,
  generatedDocuments,
  inlineDocuments,
} from './vite-graphql-documents.js';

const source = fileURLToPath(new URL('../admin/src/', import.meta.url));
const documents = generatedDocuments(readFileSync(path.join(source, 'gql/graphql.ts'), 'utf8'));

/** The console's built modules (tests and generated code aside) that call `graphql()`. */
const modules = (readdirSync(source, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && !f.startsWith(`gql${path.sep}`))
  .map((f) => ({ file: f, code: readFileSync(path.join(source, f), 'utf8') }))
  .filter((m) => m.code.includes('graphql('));

describe('graphql() calls replaced by their generated documents at build time', () => {
  it('gives every call of the console the document graphql() returns, persisted hash included', () => {
    let calls = 0;
    for (const { code } of modules) {
      for (const text of documentSources(code)) {
        calls += 1;
        const name = documentExport(text);
        const built: unknown = JSON.parse(documents.get(name) ?? 'null');
        expect(built, name).toEqual((generated as Record<string, unknown>)[name]);
        expect(graphql(text)).toEqual(built);
      }
    }
    expect(calls).toBeGreaterThan(100);
  });

  it('leaves no call behind, so nothing imports the map of all documents', () => {
    const imported = new Set<string>();
    for (const { file, code } of modules) {
      const out = inlineDocuments(code, documents);
      if (out === null) continue;
      expect(out, file).not.toMatch(/\bgraphql\(\s*`/);
      for (const m of out.matchAll(/import __gql_(\w+) from "virtual:hub-graphql-document\/\1";/g))
        imported.add(m[1]!);
    }
    // Every document codegen generated comes from one of these calls, and was read.
    const exported = Object.keys(generated).filter((n) => /(Document|FragmentDoc)$/.test(n));
    expect([...documents.keys()].sort()).toEqual(exported.sort());
    expect([...imported].sort()).toEqual(exported.sort());
  });

  it('reads an escaped backtick in a comment and names fragments as codegen does', () => {
    const code = [
      "import { graphql } from '../gql/index.js';",
      'export const Row = graphql(`',
      '  fragment TipRow on TipOff { id }',
      '`);',
      'export const One = graphql(`',
      "  # the show page's \\`keys\\`",
      '  query TipOne($id: ID!) { node(id: $id) { id } }',
      '`);',
    ].join('\n');
    const out = inlineDocuments(
      code,
      new Map([
        ['TipRowFragmentDoc', '{}'],
        ['TipOneDocument', '{}'],
      ]),
    );
    expect(out).toContain(
      'import __gql_TipRowFragmentDoc from "virtual:hub-graphql-document/TipRowFragmentDoc";',
    );
    expect(out).toContain('import __gql_TipOneDocument from "virtual:hub-graphql-document/TipOneDocument";');
    expect(out).toContain('export const One = __gql_TipOneDocument;');
    expect(documentSources(code)[1]).toContain("page's `keys`");
  });

  it('stops the build on a stale generated file or a call it cannot read', () => {
    const call = 'graphql(`query Gone { viewer { name } }`)';
    expect(() => inlineDocuments(call, new Map())).toThrow(/GoneDocument is not in the generated documents/);
    expect(() => inlineDocuments('graphql(`query A { ${field} }`)', new Map([['ADocument', '{}']]))).toThrow(
      /cannot replace/,
    );
  });
});
