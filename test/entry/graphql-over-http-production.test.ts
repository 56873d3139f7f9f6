import { describe, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { check } from '../support/graphql-http-audits.js';
import { httpProbe } from '../support/http-probe.js';

/**
 * graphql-http's audits against the hub configured as in production (NODE_ENV=production:
 * introspection off, the rate limit on), with an integrator's API key. The audits that look
 * types up by introspection are refused as validation failures ("introspection has been
 * disabled"; INTROSPECTING in ../support/graphql-http-audits.ts); every other one passes, as
 * under test settings (graphql-over-http.test.ts).
 */
const { url, key } = httpProbe({ NODE_ENV: 'production' });

describe('GraphQL over HTTP audits, production settings, with an API key', () => {
  const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${key()}`);
    return fetch(input, { ...init, headers });
  };
  for (const audit of serverAudits({ url: () => `${url()}/graphql`, fetchFn })) {
    it(`${audit.id} ${audit.name}`, async () => check(await audit.fn(), audit.id, { introspection: false }));
  }
});
