import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { startTestApp, post, type TestApp } from '../support/access-app.js';
import { createAccessWorld, createClientWithKey, createUser, type AccessWorld } from '../support/access-world.js';

/**
 * The tenant rule over every way a request reaches /graphql from outside: GraphQL over HTTP
 * GET as well as POST, queries over the WebSocket, batched bodies, automatic persisted queries
 * (a hash another client registered), and the console's cookie session; plus `node` answering
 * alike for another tenant's record and for none, and a suspended entrustment taking the
 * insurer's records away from the partner at once.
 */
let app: TestApp;
let w: AccessWorld;
let keyP: string;
let keyOther: string;

const AGREEMENTS = '{ agreements(first: 100) { totalCount edges { node { id } } } }';
const ids = (body: unknown) => [...JSON.stringify(body).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]);
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

beforeAll(async () => {
  app = await startTestApp();
  w = await createAccessWorld(app.prisma);
  keyP = (await createClientWithKey(app.prisma, { role: 'PARTNER', partnerId: w.partner.id })).secret;
  keyOther = (await createClientWithKey(app.prisma, { role: 'PARTNER', partnerId: w.otherPartner.id })).secret;
  await createUser(app.prisma, { username: 'probe-a-admin', password: 'probe-password-1', role: 'INSURER_ADMIN', insurerId: w.a.insurer.id });
});
afterAll(() => app?.close());

const get = async (query: string, headers: Record<string, string>) => {
  const res = await fetch(`${app.graphqlUrl}?query=${encodeURIComponent(query)}`, {
    headers: { accept: 'application/graphql-response+json', ...headers },
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
};

describe('tenant isolation over HTTP transports', () => {
  it('GET answers each partner what POST answers it, never the other tenant’s agreements', async () => {
    const entrusted = [w.partnerAgreement.id, w.a.agreement.id].map((id) => encodeGlobalID('Agreement', id));
    const viaGet = await get(AGREEMENTS, bearer(keyP));
    const viaPost = await post(app, AGREEMENTS, {}, bearer(keyP));
    expect(viaGet.status).toBe(200);
    expect(ids(viaGet.body).sort()).toEqual(entrusted.sort());
    expect(ids(viaPost.body).sort()).toEqual(entrusted.sort());
    const other = await get(AGREEMENTS, bearer(keyOther));
    expect(ids(other.body)).toEqual([encodeGlobalID('Agreement', w.otherPartnerAgreement.id)]);
  });

  it('refuses a mutation over GET and a batched body, running neither', async () => {
    const mutation = await get('mutation { logout { ended } }', bearer(keyP));
    expect(mutation.status).toBe(405);
    const batch = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(keyOther) },
      body: JSON.stringify([{ query: AGREEMENTS }, { query: AGREEMENTS }]),
    });
    expect(batch.status).toBe(400);
    expect(JSON.stringify(await batch.json())).not.toContain('"agreements"');
  });

  it('runs a persisted-query hash another client registered as the caller, with the caller’s rows', async () => {
    const sha256Hash = createHash('sha256').update(AGREEMENTS).digest('hex');
    const persisted = { persistedQuery: { version: 1, sha256Hash } };
    const register = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(keyP) },
      body: JSON.stringify({ query: AGREEMENTS, extensions: persisted }),
    });
    expect(register.status).toBe(200);
    const byHash = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(keyOther) },
      body: JSON.stringify({ extensions: persisted }),
    });
    expect(ids(await byHash.json())).toEqual([encodeGlobalID('Agreement', w.otherPartnerAgreement.id)]);
  });

  it('answers node alike for another tenant’s record and for one that does not exist', async () => {
    const query = 'query ($id: ID!) { node(id: $id) { id } }';
    const theirs = await post(app, query, { id: encodeGlobalID('Finding', w.b.finding.id) }, bearer(keyP));
    const none = await post(app, query, { id: encodeGlobalID('Finding', '01a24d00-0000-7000-8000-000000000000') }, bearer(keyP));
    const mine = await post(app, query, { id: encodeGlobalID('Finding', w.a.finding.id) }, bearer(keyP));
    expect(theirs.body).toEqual({ data: { node: null } });
    expect(none.body).toEqual(theirs.body);
    expect(mine.body).toEqual({ data: { node: { id: encodeGlobalID('Finding', w.a.finding.id) } } });
  });

  it('takes a console session over GET only with its CSRF token', async () => {
    const login = await post<{ login: { csrfToken: string } }>(
      app,
      'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { csrfToken } }',
      { u: 'probe-a-admin', p: 'probe-password-1' },
    );
    const cookie = login.setCookies.map((c) => c.split(';')[0]).join('; ');
    const csrf = login.body.data!.login.csrfToken;
    const without = await get(AGREEMENTS, { cookie });
    expect(without.status).toBe(403);
    expect(without.body.data ?? null).toBeNull();
    const withToken = await get(AGREEMENTS, { cookie, 'x-csrf-token': csrf });
    expect(withToken.status).toBe(200);
    expect(ids(withToken.body)).toContain(encodeGlobalID('Agreement', w.a.agreement.id));
    expect(ids(withToken.body)).not.toContain(encodeGlobalID('Agreement', w.b.agreement.id));
  });

  it('answers a query over the WebSocket with the socket credential’s rows only', async () => {
    const overSocket = async (key: string) => {
      const client = createClient({ url: app.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
      try {
        const result = await client.iterate({ query: AGREEMENTS }).next();
        return result.value as unknown;
      } finally {
        await client.dispose();
      }
    };
    expect(ids(await overSocket(keyOther))).toEqual([encodeGlobalID('Agreement', w.otherPartnerAgreement.id)]);
    expect(ids(await overSocket(keyP))).not.toContain(encodeGlobalID('Agreement', w.b.agreement.id));
  });

  it('takes the insurer’s records from a partner as soon as its entrustment is suspended', async () => {
    const findingA = encodeGlobalID('Finding', w.a.finding.id);
    const read = async () => (await post(app, 'query ($id: ID!) { node(id: $id) { id } }', { id: findingA }, bearer(keyP))).body;
    expect(await read()).toEqual({ data: { node: { id: findingA } } });
    await app.prisma.agreement.update({ where: { id: w.partnerAgreement.id }, data: { status: 'SUSPENDED' } });
    try {
      expect(await read()).toEqual({ data: { node: null } });
      expect(ids((await get(AGREEMENTS, bearer(keyP))).body)).toEqual([encodeGlobalID('Agreement', w.partnerAgreement.id)]);
    } finally {
      await app.prisma.agreement.update({ where: { id: w.partnerAgreement.id }, data: { status: 'ACTIVE' } });
    }
  });
});
