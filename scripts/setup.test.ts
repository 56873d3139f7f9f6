import { describe, expect, it } from 'vitest';
import { installMatchesLock } from './setup.mjs';

/**
 * `npm start` and `npm test` run `npm ci` only when node_modules is not what the lockfile asks
 * for. The check reads npm's record of the install, so a fresh clone or a branch switch (which
 * rewrite package-lock.json's mtime, not its content) does not reinstall everything.
 */
const entry = (version: string) => ({ version, resolved: `https://registry.npmjs.org/x/-/x-${version}.tgz`, integrity: `sha512-${version}` });
const lock = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'agreement-hub', dependencies: { a: '1.0.0' } },
    'node_modules/a': entry('1.0.0'),
    'node_modules/b': entry('2.0.0'),
    'node_modules/@esbuild/darwin-arm64': { ...entry('0.28.2'), optional: true },
  },
};
const installed = {
  lockfileVersion: 3,
  packages: { 'node_modules/a': entry('1.0.0'), 'node_modules/b': entry('2.0.0') },
};

describe('whether the install is current', () => {
  it('is, when every locked package is installed as locked and only another platform’s optional ones are missing', () => {
    expect(installMatchesLock(lock, installed)).toBe(true);
  });

  it('is not, when a package has another version, a required one is missing, or one is no longer locked', () => {
    expect(installMatchesLock(lock, { packages: { ...installed.packages, 'node_modules/b': entry('2.0.1') } })).toBe(false);
    expect(installMatchesLock(lock, { packages: { 'node_modules/a': entry('1.0.0') } })).toBe(false);
    expect(installMatchesLock(lock, { packages: { ...installed.packages, 'node_modules/c': entry('3.0.0') } })).toBe(false);
  });

  it('matches the repository’s own lockfile against a clean install of it', async () => {
    const { readFile } = await import('node:fs/promises');
    const read = async (file: string) => JSON.parse(await readFile(new URL(file, import.meta.url), 'utf8')) as unknown;
    expect(installMatchesLock(await read('../package-lock.json'), await read('../node_modules/.package-lock.json'))).toBe(true);
  });
});
