import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StartupError } from '../startup-error.js';
import { loadPersistedOperations, sha256 } from './persisted-operations.js';

/**
 * PERSISTED_OPERATIONS=allow-list reads its manifest at start; a wrong file ends the start
 * with one line naming the variable (main.ts prints a StartupError's message alone), where a
 * parse failure used to say only "Expected ',' or '}' after property value in JSON".
 */
const dir = mkdtempSync(path.join(tmpdir(), 'hub-manifest-'));
const file = (name: string, text: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
};

describe('the persisted-operations manifest', () => {
  it('loads documents under their sha256', () => {
    const document = '{ viewer { name } }';
    const operations = loadPersistedOperations(file('good.json', JSON.stringify({ [sha256(document)]: document })));
    expect(operations.get(sha256(document))).toBe(document);
  });

  it.each([
    ['a missing file', () => path.join(dir, 'missing.json'), /cannot be read: ENOENT/],
    ['a file that is not JSON', () => file('broken.json', '{"abc": 1'), /is not JSON/],
    ['JSON that is not an object', () => file('list.json', '[]'), /must be a JSON object/],
    ['a hash that is not its document’s', () => file('forged.json', JSON.stringify({ ['0'.repeat(64)]: '{ viewer { name } }' })), /does not match/],
  ])('refuses %s with a startup error naming PERSISTED_OPERATIONS_MANIFEST and the file', (_name, at, reason) => {
    const location = at();
    expect(() => loadPersistedOperations(location)).toThrow(StartupError);
    expect(() => loadPersistedOperations(location)).toThrow(new RegExp(`^PERSISTED_OPERATIONS_MANIFEST ${location.replace(/[.]/g, '\\.')} `));
    expect(() => loadPersistedOperations(location)).toThrow(reason);
  });
});
