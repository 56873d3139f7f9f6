import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `ahk_<prefix>_<secret>`: an 8-character lowercase prefix that is stored
 * in clear and indexed (so a key is found without scanning hashes) and a 32-character secret.
 * Only the SHA-256 of the whole key is stored; a key is shown once, at issue.
 * A fast hash suffices here (unlike passwords): the secret has 190 bits of entropy.
 */
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const KEY_PATTERN = /^ahk_([a-z0-9]{8})_([A-Za-z0-9]{32})$/;

export interface GeneratedApiKey {
  key: string;
  prefix: string;
  keyHash: string;
}

function randomString(alphabet: string, length: number): string {
  // Rejection sampling keeps every character uniform (256 is not a multiple of 36 or 62).
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit) out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = randomString(PREFIX_ALPHABET, 8);
  const key = `ahk_${prefix}_${randomString(SECRET_ALPHABET, 32)}`;
  return { key, prefix, keyHash: hashApiKey(key) };
}

/** Null for anything that is not shaped like a key, so callers answer "unauthenticated" early. */
export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const match = KEY_PATTERN.exec(key.trim());
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

/** Constant-time comparison of a presented key against a stored hash. */
export function apiKeyMatches(key: string, keyHash: string): boolean {
  const a = Buffer.from(hashApiKey(key), 'hex');
  const b = Buffer.from(keyHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
