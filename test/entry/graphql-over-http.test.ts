import { describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { check } from '../support/graphql-http-audits.js';
import { httpProbe } from '../support/http-probe.js';

/**
 * The GraphQL-over-HTTP audit suite (graphql-http's `serverAudits`, MUST, SHOULD and MAY),
 * run against the real HTTP stack, anonymously and with an integrator's API key: every audit
 * passes. Clients and outside checkers written to these audits must be able to talk to the hub
 * without special cases.
 */
const { url, key } = httpProbe();

function withKey(): typeof fetch {
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${key()}`);
    return fetch(input, { ...init, headers });
  };
}

for (const [name, fetchFn] of [
  ['anonymous', () => fetch],
  ['with an API key', withKey],
] as const) {
  describe(`GraphQL over HTTP audits (${name})`, () => {
    for (const audit of serverAudits({ url: () => `${url()}/graphql`, fetchFn: (input: RequestInfo | URL, init?: RequestInit) => fetchFn()(input, init) })) {
      it(`${audit.id} ${audit.name}`, async () => check(await audit.fn(), audit.id));
    }
  });
}

describe('malformed persisted-query extensions are the request’s fault, not the server’s', () => {
  const shapes: [string, Record<string, unknown>][] = [
    ['a version other than 1', { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } }],
    ['a string instead of an object', { extensions: { persistedQuery: 'x' } }],
    ['a hash that does not match the text', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }],
  ];
  for (const [name, body] of shapes) {
    it(`answers 400 BAD_REQUEST for ${name}`, async () => {
      const response = await fetch(`${url()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { errors: { extensions: { code: string; messageZh?: string } }[] };
      expect(response.status).toBe(400);
      expect(result.errors.map((e) => e.extensions.code)).toEqual(['BAD_REQUEST']);
      expect(result.errors[0]!.extensions.messageZh).toMatch(/^请求格式有误/);
    });
  }
});
