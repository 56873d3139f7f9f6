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
  const hash = 'f'.repeat(64);
  const shapes: [string, Record<string, unknown>, string][] = [
    // Apollo's answers, English only: "Unsupported persisted query version" (for all three),
    // 404 PERSISTED_QUERY_NOT_FOUND for a numeric hash, "provided sha does not match query".
    ['a version other than 1', { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: hash } } }, 'Only version 1 of the persisted-query extension is supported'],
    ['a string instead of an object', { extensions: { persistedQuery: 'x' } }, '`extensions.persistedQuery` must be an object'],
    ['a list instead of an object', { query: '{ __typename }', extensions: { persistedQuery: [] } }, '`extensions.persistedQuery` must be an object'],
    ['a numeric hash', { extensions: { persistedQuery: { version: 1, sha256Hash: 5 } } }, '`extensions.persistedQuery.sha256Hash` must be the SHA-256'],
    ['a hash that is not 64 hex digits', { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }, '`extensions.persistedQuery.sha256Hash` must be the SHA-256'],
    ['a hash that does not match the text', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, '`extensions.persistedQuery.sha256Hash` is not the SHA-256 of `query`'],
  ];
  for (const [name, body, message] of shapes) {
    it(`answers 400 BAD_REQUEST for ${name}, saying what is wrong in zh and en`, async () => {
      const response = await fetch(`${url()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { errors: { message: string; extensions: { code: string; messageZh: string } }[] };
      expect(response.status).toBe(400);
      expect(result.errors.map((e) => e.extensions.code)).toEqual(['BAD_REQUEST']);
      expect(result.errors[0]!.message.startsWith(message)).toBe(true);
      expect(result.errors[0]!.extensions.messageZh).toMatch(/^请求不是有效的 GraphQL over HTTP 请求：`extensions\.persistedQuery|^请求不是有效的 GraphQL over HTTP 请求：仅支持第 1 版/);
    });
  }

  it('takes persistedQuery null as absent: the document is then required', async () => {
    const response = await fetch(`${url()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ extensions: { persistedQuery: null } }),
    });
    const result = (await response.json()) as { errors: { message: string }[] };
    expect(response.status).toBe(400);
    expect(result.errors[0]!.message).toBe('The `query` parameter is required');
  });
});
