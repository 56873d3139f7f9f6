import { describe, expect, it } from 'vitest';
import { GR, ORIGIN, codes, httpProbe } from '../support/http-probe.js';

/**
 * GraphQL over HTTP on the real HTTP stack (spec/GraphQLOverHTTP.md, RFC 9110): methods,
 * CORS for an allowed and another origin, credential refusals and response headers.
 */
const { call, post, url, key } = httpProbe();

describe('methods and CORS', () => {
  it.each(['PUT', 'DELETE', 'PATCH'])('answers %s with 405 and Allow: GET, HEAD, POST, never stored', async (method) => {
    const res = await fetch(`${url()}/graphql`, { method, headers: { authorization: `Bearer ${key()}` } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a preflight from an allowed origin with the methods /graphql serves', async () => {
    const res = await fetch(`${url()}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
  });

  it('lets a page of an allowed origin read Retry-After, WWW-Authenticate and X-Request-Id', async () => {
    const answer = await post({ query: '{ __typename }' }, GR, { origin: ORIGIN });
    expect(answer.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(answer.headers.get('access-control-expose-headers')).toBe('Retry-After,WWW-Authenticate,X-Request-Id');
  });

  it.each([
    ['another origin', { origin: 'https://elsewhere.example' }],
    ['a request without Origin', {}],
  ])('gives %s no CORS header at all (Allow-Credentials, -Methods and -Expose-Headers went to every request), Vary: Origin all the same', async (_name, origin) => {
    const cors = (h: Headers) => [...h.keys()].filter((name) => name.startsWith('access-control-'));
    const answer = await post({ query: '{ __typename }' }, GR, origin);
    expect(answer.status).toBe(200);
    expect(cors(answer.headers)).toEqual([]);
    expect(answer.headers.get('vary')).toBe('Accept, Origin');
    // Its preflight is an OPTIONS request like any other (it was 204 with the grant's headers, less the origin).
    const preflight = await call({ method: 'OPTIONS', auth: false, headers: { ...origin, 'access-control-request-method': 'POST', accept: GR } });
    expect(preflight.status).toBe(405);
    expect(cors(preflight.headers)).toEqual([]);
    expect(codes(preflight)).toEqual(['METHOD_NOT_ALLOWED']);
  });
});

describe('credentials', () => {
  it.each([
    ['an unknown key', { authorization: 'Bearer ahk_nope_NotAKeyAtAll000000000000000000' }],
    ['a malformed Authorization header', { authorization: 'Bearer' }],
    ['Basic credentials', { authorization: 'Basic Zm9vOmJhcg==' }],
    ['an unknown X-Api-Key', { 'x-api-key': 'ahk_x_y' }],
  ])('%s: 401 UNAUTHENTICATED with a Bearer challenge, never cached', async (_name, headers) => {
    for (const accept of [GR, 'application/json']) {
      const answer = await call({ auth: false, headers: { 'content-type': 'application/json', accept, ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="agreement-hub", error="invalid_token"');
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
      expect(answer.body.errors![0]!.extensions).toMatchObject({ messageZh: expect.any(String), messageEn: expect.any(String) });
    }
  });

  it('without a credential, public fields answer and protected ones are FORBIDDEN field errors', async () => {
    const answer = await call({ auth: false, headers: { 'content-type': 'application/json', accept: GR }, body: JSON.stringify({ query: '{ __typename agreements(first: 1) { totalCount } }' }) });
    expect(answer.status).toBe(200);
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(answer.body.errors![0]!.path).toEqual(['agreements']);
  });
});
