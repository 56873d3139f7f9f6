import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestHub, type TestHub } from '../support/hub.js';
import { appendOne } from '../support/audit.js';
import { startReceiver } from '../support/webhook-receiver.js';
import { viewerOf } from '../factories/viewers.js';
import { createPartner } from '../factories/records.js';
import { ok } from './mutation-helpers.js';
import { WebhookDispatcher } from '../../server/audit/webhooks/dispatcher.js';
import type { PrivateTargets } from '../../server/audit/webhooks/post-webhook.js';
import { createLogger } from '../../server/logger.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * A partner's webhook URL is where the hub POSTs from inside the agency's network, and the
 * partner reads each attempt's status and error back (`webhookDeliveries`). With
 * WEBHOOK_PRIVATE_TARGETS=intranet (production's default) or refuse, a URL naming the hub's own
 * host (loopback) or a link-local address, or a host name resolving to one, gets no request at
 * all: the attempt fails with the refusal, so the hub cannot be used to probe its own host.
 * Which ranges each level refuses: server/audit/webhooks/post-webhook.test.ts.
 */
let hub: TestHub;
let partnerId: string;
let partner: Viewer;
const logger = createLogger('silent');

const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhookEndpoint { id } } }`;
const DELIVERIES = `query($endpointId: ID) { webhookDeliveries(endpointId: $endpointId, first: 10) {
  edges { node { status attempts lastStatusCode lastError } } } }`;
type Deliveries = { webhookDeliveries: { edges: { node: { status: string; attempts: number; lastStatusCode: number | null; lastError: string | null } }[] } };

beforeAll(async () => {
  hub = await createTestHub();
  partnerId = (await createPartner(hub.prisma)).id;
  const client = await hub.prisma.apiClient.create({ data: { name: 'partner gateway', role: 'PARTNER', partnerId } });
  // The partner's own key registers for itself: the viewer is its API client.
  partner = { ...viewerOf('PARTNER', { partnerId }), actorId: client.id };
});
afterAll(() => hub?.close());

/** Registers `url` as the partner, appends one of its events, runs one dispatcher attempt; the partner's view of it. */
async function attempt(url: string, privateTargets: PrivateTargets) {
  const endpoint = ok(await hub.exec<{ registerWebhook: { webhookEndpoint: { id: string } } }>(REGISTER, { input: { url } }, partner)).registerWebhook
    .webhookEndpoint.id;
  await appendOne(hub.prisma, { type: 'agreement.signed', partnerId });
  const dispatcher = new WebhookDispatcher(hub.prisma, logger, { maxAttempts: 1, retryBaseMs: 10, retryMaxMs: 10, privateTargets });
  let deliveries: Deliveries['webhookDeliveries']['edges'] = [];
  for (let i = 0; i < 200 && !deliveries.some((d) => d.node.attempts > 0 && d.node.status !== 'PENDING'); i += 1) {
    await dispatcher.round();
    deliveries = ok(await hub.exec<Deliveries>(DELIVERIES, { endpointId: endpoint }, partner)).webhookDeliveries.edges;
    await sleep(5);
  }
  await dispatcher.stop();
  await hub.prisma.webhookEndpoint.updateMany({ data: { active: false } });
  return deliveries.map((d) => d.node);
}

describe('webhook targets on the hub’s own network', () => {
  it.each(['intranet', 'refuse'] as const)('are refused under %s: no request reaches a receiver on loopback, by address or by name', async (level) => {
    const receiver = await startReceiver(() => '', () => 204);
    const port = new URL(receiver.url).port;
    for (const url of [receiver.url, `http://localhost:${port}/hook`, `http://[::ffff:127.0.0.1]:${port}/hook`]) {
      const [delivery, ...more] = await attempt(url, level);
      expect(more, url).toEqual([]);
      expect(delivery, url).toMatchObject({ status: 'DEAD', attempts: 1, lastStatusCode: null });
      expect(delivery!.lastError, url).toMatch(/^webhook target refused: .* may not reach \(WEBHOOK_PRIVATE_TARGETS\)$/);
    }
    expect(receiver.requests).toEqual([]);
    await receiver.close();
  });

  it('are delivered under allow (development, tests): the control', async () => {
    const receiver = await startReceiver(() => '', () => 204);
    const [delivery] = await attempt(receiver.url, 'allow');
    expect(delivery).toMatchObject({ status: 'DELIVERED', lastStatusCode: 204, lastError: null });
    expect(receiver.requests).toHaveLength(1);
    await receiver.close();
  });

  it('a receiver that does not answer is recorded without the address the socket error names', async () => {
    const receiver = await startReceiver(() => '', () => 204);
    const url = receiver.url;
    await receiver.close();
    const [delivery] = await attempt(url, 'allow');
    expect(delivery).toMatchObject({ status: 'DEAD', lastError: 'connection failed (ECONNREFUSED)' });
  });
});
