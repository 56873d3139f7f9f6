import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { pinSslMode, sslModeNote } from './ssl-mode.js';

describe('sslmode in DATABASE_URL', () => {
  it.each(['require', 'prefer', 'verify-ca'])('spells %s as the verify-full pg already applies to it', (mode) => {
    const { url, pinnedFrom } = pinSslMode(`postgresql://hub:p%40ss@db.example.org:5432/hub?sslmode=${mode}&application_name=x`);
    expect(pinnedFrom).toBe(mode);
    expect(new URL(url).searchParams.get('sslmode')).toBe('verify-full');
    expect(new URL(url).password).toBe('p%40ss');
    // What pg makes of it: TLS with the certificate and host name checked (rejectUnauthorized not off).
    const params = new pg.Client({ connectionString: url }) as unknown as { connectionParameters: { ssl: unknown } };
    expect(params.connectionParameters.ssl).toEqual({});
  });

  it('leaves disable, verify-full, no sslmode and an explicit uselibpqcompat as written', () => {
    for (const url of [
      'postgresql://hub@db/hub?sslmode=disable',
      'postgresql://hub@db/hub?sslmode=verify-full',
      'postgresql://hub@db/hub',
      'postgresql://hub@db/hub?uselibpqcompat=true&sslmode=require',
    ]) {
      expect(pinSslMode(url)).toEqual({ url });
    }
  });

  it('tells the operator what is checked, without the URL', () => {
    expect(sslModeNote('require')).toMatch(/^DATABASE_URL sslmode=require: the server's certificate and host name are verified/);
  });
});
