import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestHub, type TestHub } from '../support/hub.js';
import { appendOne } from '../support/audit.js';
import { startReceiver } from '../support/webhook-receiver.js';
import { viewerOf } from '../factories/viewers.js';
import { createAgreement, createInsurer, createPartner } from '../factories/records.js';
import { gid, ok } from './mutation-helpers.js';
import { NOT_VISIBLE, WebhookDispatcher } from '../../server/audit/webhooks/dispatcher.js';
import { createLogger } from '../../server/logger.js';

/**
 * A webhook delivery is queued for what its API client could see then, and attempted later
 * (retries over hours, or a dead delivery revived by redeliverWebhook). Each attempt re-reads
 * what the client may see now: after a partner's entrustment ends, or its client is disabled,
 * the entrusting insurer's events are no longer sent to it (as its subscription and
 * `auditEvents` stop showing them), and the delivery ends DEAD without a request.
 */
let hub: TestHub;
const logger = createLogger('silent');
const REDELIVER = `mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { webhookDelivery { status } } }`;
const DELIVERIES = `query { webhookDeliveries(first: 10) { edges { node { id status lastError event { type } } } } }`;
type Deliveries = { webhookDeliveries: { edges: { node: { id: string; status: string; lastError: string | null; event: { type: string } | null } }[] } };

beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

async function entrustedPartnerWithDeadDelivery() {
  const insurerId = (await createInsurer(hub.prisma)).id;
  const partnerId = (await createPartner(hub.prisma)).id;
  const agreement = await createAgreement(hub.prisma, { insurerId, partnerId, entrustedWork: ['SITE_PATROL'] });
  const client = await hub.prisma.apiClient.create({ data: { name: 'partner gateway', role: 'PARTNER', partnerId } });
  const partner = { ...viewerOf('PARTNER', { partnerId }), actorId: client.id };
  const receiver = await startReceiver(() => '', (_seq, nth) => (nth === 1 ? 503 : 204));
  ok(await hub.exec(`mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { auditSeq } }`, { input: { url: receiver.url } }, partner));
  await appendOne(hub.prisma, { type: 'finding.recorded', entityType: 'Finding', insurerId, data: { secret: 'insurer A only' } });
  const dispatcher = new WebhookDispatcher(hub.prisma, logger, { maxAttempts: 1, retryBaseMs: 10, retryMaxMs: 10, privateTargets: 'allow' });
  // The first attempt, while entrusted, reaches the receiver (503): the delivery is dead.
  const deliveries = () => hub.prisma.webhookDelivery.findMany({ where: { endpoint: { apiClientId: client.id } } });
  for (let i = 0; i < 200 && !(await deliveries()).some((d) => d.status === 'DEAD'); i += 1) {
    await dispatcher.round();
    await sleep(5);
  }
  expect(findingPosts(receiver)).toEqual([503]);
  const dead = (await deliveries()).find((d) => d.status === 'DEAD');
  return { partner, client, agreement, receiver, dispatcher, deliveryId: dead!.id };
}

/** The receiver's answers to posts of the insurer's finding event (the partner's own redelivery events come too). */
const findingPosts = (receiver: { requests: { status: number; body: { type: string } }[] }) =>
  receiver.requests.filter((r) => r.body.type === 'finding.recorded').map((r) => r.status);

async function redeliverAndRun(s: Awaited<ReturnType<typeof entrustedPartnerWithDeadDelivery>>) {
  ok(await hub.exec(REDELIVER, { input: { deliveryId: gid('WebhookDelivery', s.deliveryId) } }, s.partner));
  for (let i = 0; i < 200 && (await hub.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: s.deliveryId } })).status === 'PENDING'; i += 1) {
    await s.dispatcher.round();
    await sleep(5);
  }
  await s.dispatcher.stop();
  await s.receiver.close();
  await hub.prisma.webhookEndpoint.updateMany({ where: { apiClientId: s.client.id }, data: { active: false } });
  return hub.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: s.deliveryId } });
}

describe('a webhook attempt sends only what the API client may see at that moment', () => {
  it('redelivering an insurer’s event after the partner’s entrustment ended sends nothing', async () => {
    const s = await entrustedPartnerWithDeadDelivery();
    await hub.prisma.agreement.update({ where: { id: s.agreement.id }, data: { status: 'TERMINATED' } });
    const after = await redeliverAndRun(s);
    expect(findingPosts(s.receiver)).toEqual([503]);
    expect(after).toMatchObject({ status: 'DEAD', lastError: NOT_VISIBLE, lastStatusCode: null });
    // The partner's own view agrees: the delivery's event is hidden from it as well.
    const list = ok(await hub.exec<Deliveries>(DELIVERIES, {}, s.partner)).webhookDeliveries.edges;
    expect(list.find((e) => e.node.id === gid('WebhookDelivery', s.deliveryId))?.node).toMatchObject({ status: 'DEAD', lastError: NOT_VISIBLE, event: null });
  });

  it('sends nothing for a disabled client either', async () => {
    const s = await entrustedPartnerWithDeadDelivery();
    await hub.prisma.apiClient.update({ where: { id: s.client.id }, data: { disabledAt: new Date() } });
    const after = await redeliverAndRun(s);
    expect(findingPosts(s.receiver)).toEqual([503]);
    expect(after).toMatchObject({ status: 'DEAD', lastError: NOT_VISIBLE });
  });

  it('redelivers while the partner is still entrusted (the control)', async () => {
    const s = await entrustedPartnerWithDeadDelivery();
    const after = await redeliverAndRun(s);
    expect(findingPosts(s.receiver)).toEqual([503, 204]);
    expect(after).toMatchObject({ status: 'DELIVERED', lastError: null });
  });
});
