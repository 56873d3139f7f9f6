import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApp, post, type TestApp } from '../support/access-app.js';
import { createAccessWorld, createClientWithKey, createUser, type AccessWorld } from '../support/access-world.js';
import { operationsFor } from '../support/operation-builder.js';
import { appendAuditEvent } from '../../server/audit/append-event.js';
import { buildSchema } from '../../schema/index.js';
import { systemViewer } from '../../server/auth/viewer.js';

/**
 * graphql-ws against the real hub: authentication in connection_init (API key, or session
 * cookie + CSRF token), 4403 for anything else, sockets closed when their key is revoked or
 * their session ends, and every subscription root field × role kept to its own tenant.
 */
let hub: TestApp;
let world: AccessWorld;
const PASSWORD = 'sockets-password-123';
const clients: Client[] = [];

beforeAll(async () => {
  hub = await startTestApp();
  world = await createAccessWorld(hub.prisma);
  await createUser(hub.prisma, { username: 'root', password: PASSWORD, role: 'PLATFORM_ADMIN' });
  for (const role of ['INSURER_ADMIN', 'INSURER_AUDITOR', 'INSURER_VIEWER'] as const) {
    await createUser(hub.prisma, { username: role.toLowerCase(), password: PASSWORD, role, insurerId: world.a.insurer.id });
  }
  await createUser(hub.prisma, { username: 'provider_staff', password: PASSWORD, role: 'PROVIDER_STAFF', providerId: world.a.provider.id });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await hub?.close();
});

async function login(username: string) {
  const res = await post<{ login: { csrfToken: string } }>(
    hub,
    `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { csrfToken } }`,
    { u: username, p: PASSWORD },
  );
  return { cookie: res.setCookies.map((c) => c.split(';')[0]).join('; '), csrf: res.body.data!.login.csrfToken };
}

interface Socket {
  client: Client;
  connected: Promise<void>;
  closed: Promise<number>;
}

function connect(connectionParams: Record<string, unknown>, headers: Record<string, string> = {}): Socket {
  let onConnected!: () => void;
  let onClosed!: (code: number) => void;
  const connected = new Promise<void>((r) => (onConnected = r));
  const closed = new Promise<number>((r) => (onClosed = r));
  const Impl = class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
  const client = createClient({
    url: hub.wsUrl,
    webSocketImpl: Impl,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined, // refusals are asserted through `closed`
    on: { connected: () => onConnected(), closed: (event) => onClosed((event as { code: number }).code) },
  });
  clients.push(client);
  return { client, connected, closed };
}

describe('connection_init authentication', () => {
  it('accepts an API key and refuses a missing, malformed, expired or revoked one with 4403', async () => {
    const live = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id });
    const ok = connect({ authorization: `Bearer ${live.secret}` });
    await ok.connected;

    const expired = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id, expiresAt: new Date(Date.now() - 1000) });
    const revoked = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id });
    await hub.prisma.apiKey.update({ where: { id: revoked.key.id }, data: { revokedAt: new Date() } });
    for (const params of [{}, { authorization: 'Bearer nonsense' }, { authorization: `Bearer ${expired.secret}` }, { apiKey: revoked.secret }]) {
      expect(await connect(params).closed).toBe(4403);
    }
  });

  it('accepts the session cookie only together with its CSRF token', async () => {
    const { cookie, csrf } = await login('insurer_admin');
    await connect({ csrfToken: csrf }, { cookie }).connected;
    expect(await connect({}, { cookie }).closed).toBe(4403);
    expect(await connect({ csrfToken: 'forged' }, { cookie }).closed).toBe(4403);
  });
});

describe('revocation closes live sockets', () => {
  it('closes a socket opened with a key when that key is revoked (revokeApiKey)', async () => {
    const k = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id });
    const socket = connect({ authorization: `Bearer ${k.secret}` });
    await socket.connected;
    const { cookie, csrf } = await login('root');
    const res = await post(hub, `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { auditSeq } }`, { id: encodeGlobalID('ApiKey', k.key.id) }, { cookie, 'x-csrf-token': csrf });
    expect(res.body.errors).toBeUndefined();
    expect(await socket.closed).toBe(4403);
  });

  it('closes a socket at the instant its key expires, not at the next minute’s re-check', async () => {
    const k = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id, expiresAt: new Date(Date.now() + 4000) });
    const socket = connect({ authorization: `Bearer ${k.secret}` });
    expect(await Promise.race([socket.connected.then(() => 'open'), socket.closed.then(() => 'closed')])).toBe('open');
    // Nothing else happens on this socket: only the expiry can close it (the re-check runs each minute).
    expect(await socket.closed).toBe(4403);
    expect(Date.now()).toBeGreaterThanOrEqual(k.key.expiresAt!.getTime());
  });

  it('closes the socket on the next subscribe when the key was revoked behind the process’s back', async () => {
    const k = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id });
    const socket = connect({ authorization: `Bearer ${k.secret}` });
    await socket.connected;
    // As another replica (or a direct SQL revoke) would: no in-process hook, no NOTIFY.
    await hub.prisma.apiKey.update({ where: { id: k.key.id }, data: { revokedAt: new Date() } });
    const subscription = socket.client.iterate({ query: 'subscription { auditEvents { __typename } }' });
    await subscription.next().catch(() => undefined);
    expect(await socket.closed).toBe(4403);
  });

  it('closes a socket opened with a session when the session logs out', async () => {
    const { cookie, csrf } = await login('insurer_viewer');
    const socket = connect({ csrfToken: csrf }, { cookie });
    await socket.connected;
    await post(hub, `mutation { logout { ended } }`, {}, { cookie, 'x-csrf-token': csrf });
    expect(await socket.closed).toBe(4403);
  });
});

describe('subscription matrix: every subscription root field × role stays within its tenant', () => {
  const schema = buildSchema();
  const fields = Object.values(schema.getSubscriptionType()?.getFields() ?? {});

  it('has subscription fields to test', () => {
    expect(fields.length).toBeGreaterThan(0);
  });

  it.each(fields.map((f) => [f.name, f] as const))('%s: another tenant’s events never arrive', async (_name, field) => {
    const { a, b } = world;
    const credentials: [string, Record<string, unknown>, Record<string, string>][] = [];
    for (const username of ['insurer_admin', 'insurer_auditor', 'insurer_viewer', 'provider_staff']) {
      const { cookie, csrf } = await login(username);
      credentials.push([username, { csrfToken: csrf }, { cookie }]);
    }
    for (const [name, spec] of [
      ['partner', { role: 'PARTNER' as const, partnerId: world.partner.id }],
      ['integrator (insurer)', { role: 'INTEGRATOR' as const, insurerId: a.insurer.id }],
      ['integrator (partner)', { role: 'INTEGRATOR' as const, partnerId: world.partner.id }],
    ] as const) {
      const { secret } = await createClientWithKey(hub.prisma, spec);
      credentials.push([name, { authorization: `Bearer ${secret}` }, {}]);
    }
    const bIds = [b.insurer.id, b.provider.id, b.agreement.id, world.otherPartner.id];
    const [op] = operationsFor(schema, 'subscription', field, { idsFor: () => [encodeGlobalID('Agreement', b.agreement.id)] });

    for (const [who, params, headers] of credentials) {
      const socket = connect(params, headers);
      await socket.connected;
      const received: string[] = [];
      const iterator = socket.client.iterate({ query: op!.query, variables: op!.variables });
      const first = iterator.next(); // subscribes
      await new Promise((r) => setTimeout(r, 200)); // let the subscription register before events are appended
      const marker = `marker-${who}-${Date.now()}`;
      await hub.prisma.$transaction(async (tx) => {
        await appendAuditEvent(tx, {
          type: 'agreement.amended', entityType: 'Agreement', entityId: b.agreement.id, data: { note: 'tenant B' },
          actor: systemViewer, insurerId: b.insurer.id, providerId: b.provider.id, partnerId: world.otherPartner.id,
        });
      });
      await hub.prisma.$transaction(async (tx) => {
        await appendAuditEvent(tx, {
          type: 'agreement.amended', entityType: 'Agreement', entityId: a.agreement.id, data: { note: marker },
          actor: systemViewer, insurerId: a.insurer.id, providerId: a.provider.id, partnerId: world.partner.id,
        });
      });
      // Read until our own tenant's event arrives: everything before it must not be B's.
      let next = await first;
      for (let i = 0; i < 50 && !next.done; i++) {
        const text = JSON.stringify(next.value);
        received.push(text);
        if (text.includes(a.agreement.id) || text.includes(encodeGlobalID('Agreement', a.agreement.id)) || text.includes(marker)) break;
        next = await iterator.next();
      }
      await iterator.return?.();
      const leaked = received.filter((t) => bIds.some((id) => t.includes(id) || t.includes(encodeGlobalID('Agreement', id))));
      expect(leaked, `${who} received tenant B's events`).toEqual([]);
      expect(received.some((t) => t.includes(marker) || t.includes(a.agreement.id)), `${who} never received its own tenant's event`).toBe(true);
      await socket.client.dispose();
    }
  });
});
