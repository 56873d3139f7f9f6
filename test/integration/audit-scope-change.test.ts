import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { startTestApp, type TestApp } from '../support/access-app.js';
import { createAccessWorld, createClientWithKey, type AccessWorld } from '../support/access-world.js';
import { appendAuditEvent } from '../../server/audit/append-event.js';
import { systemViewer } from '../../server/auth/viewer.js';

/**
 * A partner's live `auditEvents` subscription when its entrustment ends: the events of the
 * insurer that entrusted it stop with the event that ended the entrustment, not when the
 * subscription next re-reads its audience (up to a minute later). The partner's own events
 * keep coming.
 */
let hub: TestApp;
let world: AccessWorld;
let key: string;

beforeAll(async () => {
  hub = await startTestApp();
  world = await createAccessWorld(hub.prisma);
  key = (await createClientWithKey(hub.prisma, { role: 'PARTNER', partnerId: world.partner.id })).secret;
});
afterAll(() => hub?.close());

type Tx = Parameters<typeof appendAuditEvent>[0];
async function append(data: Parameters<typeof appendAuditEvent>[1], change?: (tx: Tx) => Promise<unknown>) {
  await hub.prisma.$transaction(async (tx) => {
    if (change) await change(tx);
    await appendAuditEvent(tx, data);
  });
}

describe('partner subscription and the end of its entrustment', () => {
  it('stops delivering the entrusting insurer’s events from the event that suspends the partner agreement on', async () => {
    const { a } = world;
    const head = (await hub.prisma.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } }))?.seq ?? 0n;
    const client = createClient({ url: hub.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
    const iterator = client.iterate<{ auditEvents: { __typename: string; type?: string; data?: { marker?: string } } }>({
      query: `subscription ($after: String) { auditEvents(after: $after) { __typename ... on AuditEvent { type data } } }`,
      variables: { after: head.toString() },
    });
    // Caught up with the table: the subscription says so with a heartbeat and is live from here.
    expect((await iterator.next()).value?.data?.auditEvents.__typename).toBe('AuditHeartbeat');
    const insurerEvent = (marker: string) => ({
      type: 'agreement.amended', entityType: 'Agreement', entityId: a.agreement.id, data: { marker },
      actor: systemViewer, insurerId: a.insurer.id, providerId: a.provider.id,
    });
    await append(insurerEvent('while-entrusted'));
    await append(
      { type: 'agreement.suspended', entityType: 'Agreement', entityId: world.partnerAgreement.id, data: { marker: 'suspension' }, actor: systemViewer, insurerId: a.insurer.id, partnerId: world.partner.id },
      (tx) => tx.agreement.update({ where: { id: world.partnerAgreement.id }, data: { status: 'SUSPENDED' } }),
    );
    await append(insurerEvent('after-suspension'));
    await append({ type: 'agreement.amended', entityType: 'Agreement', entityId: world.partnerAgreement.id, data: { marker: 'own-end' }, actor: systemViewer, insurerId: a.insurer.id, partnerId: world.partner.id });

    const markers: string[] = [];
    for (let i = 0; i < 50; i++) {
      const next = await iterator.next();
      if (next.done) break;
      const marker = next.value.data?.auditEvents.data?.marker;
      if (marker) markers.push(marker);
      if (marker === 'own-end') break;
    }
    await iterator.return?.();
    await client.dispose();
    expect(markers).toEqual(['while-entrusted', 'suspension', 'own-end']);
  });
});
