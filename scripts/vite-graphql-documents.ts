import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call of the console with its document as GraphQL Code Generator
 * wrote it (`<Name>Document`, `<Name>FragmentDoc` in gql/graphql.ts), each a module of its own,
 * as the client preset's Babel/SWC optimiser would; neither runs in Vite 8's Oxc pipeline, and
 * the installed client preset ships no optimiser.
 *
 * Why: `graphql()` looks its argument up in gql/gql.ts's map of every document of the console,
 * so the first chunk (the resource mapping calls it) carried all of them, each screen's mutations
 * included. Importing the constants from gql/graphql.ts would not help: a module lands whole in
 * one chunk, the one its importers share. One module per document lets each go to the chunk of
 * the screens that use it. The documents are the generated ones (fragments inlined, persisted
 * hash in `__meta__`), so what the console sends does not change. Sources and types keep
 * `graphql()`: codegen finds the documents there and types each call.
 */
// A template literal without substitutions (the client preset allows none); a comment in it
// may escape a backtick (\`).
const call = /\bgraphql\(\s*`((?:[^`\\$]|\\.|\$(?!\{))*)`\s*\)/g;
const definition = /\b(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;
const prefix = 'virtual:hub-graphql-document/';

/** A template literal's value: only `\`` and `\\` occur in the console's documents. */
const cooked = (raw: string) => raw.replace(/\\(.)/g, '$1');

/** The document text of each `graphql()` call in `code`, in order. */
export function documentSources(code: string): string[] {
  return [...code.matchAll(call)].map((m) => cooked(m[1]!));
}

/** The generated constant holding a document: its first definition names it. */
export function documentExport(source: string): string {
  const found = definition.exec(source);
  if (!found)
    throw new Error(
      `a graphql() document without a named operation or fragment: ${source.trim().slice(0, 60)}`,
    );
  return found[1] === 'fragment' ? `${found[2]}FragmentDoc` : `${found[2]}Document`;
}

/** The documents of a generated graphql.ts: constant name → its JSON, one line each. */
export function generatedDocuments(text: string): Map<string, string> {
  const lines = text.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm);
  return new Map([...lines].map((m) => [m[1]!, m[2]!]));
}

/**
 * `code` with its `graphql()` calls turned into imports of one module per document, or null
 * when it has none. A call left over (one with a substitution) or a name `generated` lacks (a
 * stale gql/graphql.ts) stops the build: either would bring the whole map back silently.
 */
export function inlineDocuments(code: string, generated: ReadonlyMap<string, string>): string | null {
  const used = new Set<string>();
  const body = code.replace(call, (_whole, raw: string) => {
    const name = documentExport(cooked(raw));
    if (!generated.has(name))
      throw new Error(`${name} is not in the generated documents: run npm run codegen`);
    used.add(name);
    return `__gql_${name}`;
  });
  const left = /\bgraphql\(\s*`/.exec(body);
  if (left)
    throw new Error(`a graphql() call this build cannot replace: ${body.slice(left.index, left.index + 80)}`);
  if (used.size === 0) return null;
  const imports = [...used].map((n) => `import __gql_${n} from ${JSON.stringify(prefix + n)};\n`);
  return imports.join('') + body;
}

/** The plugin, for the `.ts`/`.tsx` modules under `sourceDir` outside the generated directory. */
export function graphqlDocuments(sourceDir: string, generatedDir = path.join(sourceDir, 'gql')): Plugin {
  const generatedFile = path.join(generatedDir, 'graphql.ts');
  // Re-read when codegen rewrites the file (in development, while Vite runs).
  let cache = { mtime: -1, documents: new Map<string, string>() };
  const documents = () => {
    const mtime = statSync(generatedFile).mtimeMs;
    if (mtime !== cache.mtime)
      cache = { mtime, documents: generatedDocuments(readFileSync(generatedFile, 'utf8')) };
    return cache.documents;
  };
  return {
    name: 'hub-graphql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const json = documents().get(id.slice(prefix.length + 1));
      return json === undefined ? null : `export default ${json};\n`;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      const inSource = file.startsWith(sourceDir + path.sep) && !file.startsWith(generatedDir + path.sep);
      if (!inSource || !/\.tsx?$/.test(file) || !code.includes('graphql(')) return null;
      const out = inlineDocuments(code, documents());
      return out === null ? null : { code: out, map: null };
    },
  };
}
