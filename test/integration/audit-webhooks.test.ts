import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestHub, type TestHub } from '../support/hub.js';
import { appendOne } from '../support/audit.js';
import { startReceiver } from '../support/webhook-receiver.js';
import { insurerAdmin, insurerViewer, integrator, platformAdmin } from '../factories/viewers.js';
import { createInsurer } from '../factories/records.js';
import { gid, ok, refused } from './mutation-helpers.js';
import { WebhookDispatcher } from '../../server/audit/webhooks/dispatcher.js';
import { createLogger } from '../../server/logger.js';

/**
 * Webhooks end to end against a local receiver: registration (audited, tenant-checked),
 * signed at-least-once delivery with visible retries, dead-lettering after the last attempt,
 * redelivery, and disabling.
 */
let hub: TestHub;
let insurerA: string;
let insurerB: string;
let clientA: string;
const logger = createLogger('silent');

const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) {
  secret auditSeq webhookEndpoint { id url eventTypes active cursorSeq } } }`;
const REDELIVER = `mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) {
  auditSeq webhookDelivery { id status attempts } } }`;
const DISABLE = `mutation($input: DisableWebhookInput!) { disableWebhook(input: $input) { auditSeq webhookEndpoint { active disabledAt } } }`;
const DELIVERIES = `query($endpointId: ID) { webhookDeliveries(endpointId: $endpointId, first: 100) { totalCount
  edges { node { id eventSeq status attempts lastStatusCode lastError deliveredAt event { type } } } } }`;
type Registered = { registerWebhook: { secret: string; auditSeq: string; webhookEndpoint: { id: string; url: string; cursorSeq: string } } };
type Deliveries = {
  webhookDeliveries: {
    totalCount: number;
    edges: { node: { id: string; eventSeq: string; status: string; attempts: number; lastStatusCode: number | null; event: { type: string } | null } }[];
  };
};

/** Runs dispatcher rounds until `done()` holds (bounded: a stuck dispatcher fails the test). */
async function runUntil(dispatcher: WebhookDispatcher, done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    await dispatcher.round();
    if (await done()) return;
    await sleep(10);
  }
  throw new Error('dispatcher did not finish');
}

beforeAll(async () => {
  hub = await createTestHub();
  insurerA = (await createInsurer(hub.prisma)).id;
  insurerB = (await createInsurer(hub.prisma)).id;
  clientA = (await hub.prisma.apiClient.create({ data: { name: 'his-a', role: 'INTEGRATOR', insurerId: insurerA } })).id;
});
afterAll(() => hub?.close());

describe('registerWebhook', () => {
  it('registers for a client of the admin’s insurer, audits it, and refuses others (no state, no event)', async () => {
    const before = await hub.prisma.auditEvent.count();
    refused(await hub.exec(REGISTER, { input: { apiClientId: gid('ApiClient', clientA), url: 'http://127.0.0.1:1/x' } }, insurerViewer(insurerA)), 'FORBIDDEN');
    refused(await hub.exec(REGISTER, { input: { apiClientId: gid('ApiClient', clientA), url: 'http://127.0.0.1:1/x' } }, insurerAdmin(insurerB)), 'NOT_FOUND');
    refused(await hub.exec(REGISTER, { input: { apiClientId: gid('ApiClient', clientA), url: 'ftp://example.com/x' } }, insurerAdmin(insurerA)), 'BAD_USER_INPUT');
    expect(await hub.prisma.webhookEndpoint.count()).toBe(0);
    expect(await hub.prisma.auditEvent.count()).toBe(before);

    const admin = insurerAdmin(insurerA);
    const data = ok(await hub.exec<Registered>(REGISTER, { input: { apiClientId: gid('ApiClient', clientA), url: 'https://his.example/hook?token=abc' } }, admin));
    expect(data.registerWebhook.secret).toMatch(/^whsec_/);
    expect(data.registerWebhook.webhookEndpoint.cursorSeq).toBe(data.registerWebhook.auditSeq);
    // The receiver's token is stored for delivery but never shown back, here or in the list.
    expect(data.registerWebhook.webhookEndpoint.url).toBe('https://his.example/hook?token=***');
    expect((await hub.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: gidId(data.registerWebhook.webhookEndpoint.id) } })).url).toBe(
      'https://his.example/hook?token=abc',
    );
    const listed = ok(await hub.exec<{ webhookEndpoints: { edges: { node: { url: string } }[] } }>(`{ webhookEndpoints { edges { node { url } } } }`, {}, admin));
    expect(listed.webhookEndpoints.edges.map((e) => e.node.url)).toEqual(['https://his.example/hook?token=***']);
    const event = await hub.prisma.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(data.registerWebhook.auditSeq) } });
    expect(event).toMatchObject({ type: 'webhookEndpoint.registered', entityType: 'WebhookEndpoint', actorId: admin.actorId, insurerId: insurerA });
    expect(event.data).toEqual({ apiClientId: clientA, origin: 'https://his.example', eventTypes: [] });
    // An integrator registers for itself without naming its client.
    const self = ok(await hub.exec<Registered>(REGISTER, { input: { url: 'https://his.example/other' } }, { ...integrator({ insurerId: insurerA }), actorType: 'API_CLIENT', actorId: clientA }));
    expect((await hub.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: gidId(self.registerWebhook.webhookEndpoint.id) } })).apiClientId).toBe(clientA);
    await hub.prisma.webhookEndpoint.updateMany({ data: { active: false } });
  });
});

function gidId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

describe('delivery', () => {
  it('retries a receiver that fails twice, then delivers each visible event exactly once acknowledged, signed', async () => {
    let secret = '';
    const receiver = await startReceiver(() => secret, (_seq, nth) => (nth <= 2 ? 503 : 204));
    const admin = insurerAdmin(insurerA);
    const reg = ok(await hub.exec<Registered>(REGISTER, { input: { apiClientId: gid('ApiClient', clientA), url: receiver.url } }, admin)).registerWebhook;
    secret = reg.secret;
    const endpointId = gidId(reg.webhookEndpoint.id);
    const mine: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      mine.push((await appendOne(hub.prisma, { type: 'agreement.signed', insurerId: insurerA, data: { i } })).seq.toString());
      await appendOne(hub.prisma, { type: 'agreement.signed', insurerId: insurerB }); // not the client's: never sent
    }
    const dispatcher = new WebhookDispatcher(hub.prisma, logger, { maxAttempts: 5, retryBaseMs: 10, retryMaxMs: 50, privateTargets: 'allow' });
    await runUntil(dispatcher, async () => (await hub.prisma.webhookDelivery.count({ where: { endpointId, status: 'DELIVERED' } })) === 5);

    expect([...receiver.acknowledged()].sort()).toEqual([...mine].sort());
    expect(receiver.requests).toHaveLength(15);
    expect(receiver.requests.every((r) => r.signatureValid)).toBe(true);
    expect(receiver.requests.filter((r) => r.seq === mine[0]).map((r) => [r.attempt, r.status])).toEqual([[1, 503], [2, 503], [3, 204]]);
    expect(receiver.requests[0]!.body).toMatchObject({ type: 'agreement.signed' });
    const list = ok(await hub.exec<Deliveries>(DELIVERIES, { endpointId: reg.webhookEndpoint.id }, admin)).webhookDeliveries;
    expect(list.totalCount).toBe(5);
    for (const { node } of list.edges) expect(node).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 204, event: { type: 'agreement.signed' } });
    await receiver.close();
    await dispatcher.stop();
    await hub.prisma.webhookEndpoint.update({ where: { id: endpointId }, data: { active: false } });
  });

  it('dead-letters after the last attempt; redeliverWebhook revives it (audited); disableWebhook stops deliveries', async () => {
    let healthy = false;
    let secret = '';
    const receiver = await startReceiver(() => secret, () => (healthy ? 200 : 500));
    const admin = insurerAdmin(insurerA);
    const reg = ok(await hub.exec<Registered>(REGISTER, { input: { apiClientId: gid('ApiClient', clientA), url: receiver.url, eventTypes: ['penalty.issued'] } }, admin)).registerWebhook;
    secret = reg.secret;
    const endpointId = gidId(reg.webhookEndpoint.id);
    await appendOne(hub.prisma, { type: 'agreement.signed', insurerId: insurerA }); // not subscribed to this type
    const { seq } = await appendOne(hub.prisma, { type: 'penalty.issued', entityType: 'Penalty', insurerId: insurerA });
    const dispatcher = new WebhookDispatcher(hub.prisma, logger, { maxAttempts: 3, retryBaseMs: 10, retryMaxMs: 30, privateTargets: 'allow' });
    await runUntil(dispatcher, async () => (await hub.prisma.webhookDelivery.count({ where: { endpointId, status: 'DEAD' } })) === 1);
    const dead = await hub.prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId } });
    expect(dead).toMatchObject({ eventSeq: seq, status: 'DEAD', attempts: 3, lastStatusCode: 500, lastError: 'HTTP 500' });
    expect(await hub.prisma.webhookDelivery.count({ where: { endpointId } })).toBe(1);

    // Redelivering a delivery that is still pending is refused, with no event.
    const pendingTwin = await hub.prisma.webhookDelivery.create({ data: { endpointId, eventSeq: seq - 1n, nextAttemptAt: new Date(Date.now() + 3_600_000) } });
    const before = await hub.prisma.auditEvent.count();
    refused(await hub.exec(REDELIVER, { input: { deliveryId: gid('WebhookDelivery', pendingTwin.id) } }, admin), 'CONFLICT');
    refused(await hub.exec(REDELIVER, { input: { deliveryId: gid('WebhookDelivery', dead.id) } }, insurerAdmin(insurerB)), 'NOT_FOUND');
    expect(await hub.prisma.auditEvent.count()).toBe(before);
    await hub.prisma.webhookDelivery.delete({ where: { id: pendingTwin.id } });

    healthy = true;
    const redelivered = ok(await hub.exec<{ redeliverWebhook: { auditSeq: string; webhookDelivery: { status: string; attempts: number } } }>(
      REDELIVER, { input: { deliveryId: gid('WebhookDelivery', dead.id) } }, admin,
    )).redeliverWebhook;
    expect(redelivered.webhookDelivery).toMatchObject({ status: 'PENDING', attempts: 0 });
    const event = await hub.prisma.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(redelivered.auditSeq) } });
    expect(event).toMatchObject({ type: 'webhookDelivery.redeliveryRequested', entityType: 'WebhookDelivery', entityId: dead.id, actorId: admin.actorId });
    await runUntil(dispatcher, async () => (await hub.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: dead.id } })).status === 'DELIVERED');
    expect(receiver.acknowledged()).toEqual([seq.toString()]);
    expect(receiver.requests.map((r) => r.status)).toEqual([500, 500, 500, 200]);

    const disabled = ok(await hub.exec<{ disableWebhook: { auditSeq: string; webhookEndpoint: { active: boolean } } }>(
      DISABLE, { input: { id: reg.webhookEndpoint.id } }, admin,
    )).disableWebhook;
    expect(disabled.webhookEndpoint.active).toBe(false);
    expect((await hub.prisma.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(disabled.auditSeq) } })).type).toBe('webhookEndpoint.disabled');
    refused(await hub.exec(DISABLE, { input: { id: reg.webhookEndpoint.id } }, admin), 'CONFLICT');
    await appendOne(hub.prisma, { type: 'penalty.issued', entityType: 'Penalty', insurerId: insurerA });
    await dispatcher.round();
    expect(receiver.requests).toHaveLength(4);
    await receiver.close();
    await dispatcher.stop();
  });

  it('lets the platform admin list every delivery, and nobody without the capability', async () => {
    const all = ok(await hub.exec<Deliveries>(DELIVERIES, {}, platformAdmin())).webhookDeliveries;
    expect(all.totalCount).toBe(6);
    refused(await hub.exec(DELIVERIES, {}, insurerViewer(insurerA)), 'FORBIDDEN');
  });
});
