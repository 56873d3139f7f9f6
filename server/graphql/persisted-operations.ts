import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { StartupError } from '../startup-error.js';

/**
 * The allow-list of persisted operations: `{ "<sha256 of the document>": "<document>" }`, the
 * shape GraphQL Code Generator's client-preset writes with
 * `persistedDocuments: { hashAlgorithm: 'sha256' }`. In allow-list mode (production) only these
 * documents run: clients send the full text or just the hash (Apollo's persisted-query
 * extension), and anything else is refused before it is executed.
 */
export interface PersistedOperations {
  has(hash: string): boolean;
  get(hash: string): string | undefined;
  size: number;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function persistedOperationsFrom(manifest: Record<string, string>): PersistedOperations {
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    // A hash that does not match its document would let the text run under another's name.
    if (typeof document !== 'string' || sha256(document) !== hash.toLowerCase()) {
      throw new Error(`persisted operation ${hash.slice(0, 12)}… does not match the sha256 of its document`);
    }
    documents.set(hash.toLowerCase(), document);
  }
  return { has: (h) => documents.has(h.toLowerCase()), get: (h) => documents.get(h.toLowerCase()), size: documents.size };
}

/** Reads the allow-list; a file that cannot be read or parsed names the variable that points at it. */
export function loadPersistedOperations(file: string): PersistedOperations {
  const refuse = (reason: string) =>
    new StartupError(`PERSISTED_OPERATIONS_MANIFEST ${file} ${reason}`, `持久化操作清单 PERSISTED_OPERATIONS_MANIFEST（${file}）无法使用`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw refuse(`cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw refuse(`is not JSON: ${(error as Error).message}`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw refuse('must be a JSON object { "<sha256 hex>": "<document>" }');
  }
  try {
    return persistedOperationsFrom(manifest as Record<string, string>);
  } catch (error) {
    throw refuse(`is refused: ${(error as Error).message}`);
  }
}

/**
 * Apollo's persisted-query cache backed by the manifest: read-only, so nothing can register.
 * Apollo prefixes its keys (`apq:<hash>`); the prefix is dropped here.
 */
export function manifestCache(operations: PersistedOperations) {
  return {
    get: async (key: string) => operations.get(key.slice(key.lastIndexOf(':') + 1)),
    set: async () => undefined,
    delete: async () => undefined,
  };
}
