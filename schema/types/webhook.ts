import { builder } from '../builder.js';
import { WebhookDeliveryStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { requestDb } from '../../server/policy/request-db.js';
import type { Context } from '../../server/context.js';
import { audienceWhere } from '../../server/audit/audience.js';
import { connectionOf } from './connection-helpers.js';
import { ApiClient } from './api-client.js';
import { AuditEventRef, audienceOf } from './audit-event.js';
import { registerWebhook } from '../../server/domain/webhooks/register-webhook.js';
import { disableWebhook } from '../../server/domain/webhooks/disable-webhook.js';
import { redeliverWebhook } from '../../server/domain/webhooks/redeliver-webhook.js';
import { redactedWebhookUrl } from '../../server/domain/webhooks/redact-url.js';

/**
 * Webhooks for integrators that cannot hold a socket: endpoints, their deliveries (with the
 * retry state visible), and the mutations to register, disable and redeliver. The signing
 * secret is returned once, by registerWebhook. Deliveries are signed POSTs of a CloudEvents
 * JSON body: `X-Hub-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, at least
 * once, with `seq` to de-duplicate.
 */
export const WebhookDelivery = builder.prismaNode('WebhookDelivery', {
  id: { field: 'id' },
  authScopes: { roles: CAN.manageWebhooks },
  findUnique: (id, ctx) => ({ id, AND: [visible.webhookDelivery(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    eventSeq: t.string({ resolve: (d) => d.eventSeq.toString() }),
    status: t.expose('status', { type: WebhookDeliveryStatus }),
    attempts: t.exposeInt('attempts'),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime' }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    endpoint: t.relation('endpoint'),
    event: t.field({
      type: AuditEventRef,
      nullable: true,
      resolve: async (d, _args, ctx) =>
        requestDb(ctx).auditEvent.findFirst({ where: { seq: d.eventSeq, AND: [audienceWhere(await audienceOf(ctx))] } }),
    }),
  }),
});

export const WebhookDeliveryConnection = connectionOf(WebhookDelivery, 'WebhookDelivery');

export const WebhookEndpoint = builder.prismaNode('WebhookEndpoint', {
  id: { field: 'id' },
  authScopes: { roles: CAN.manageWebhooks },
  findUnique: (id, ctx) => ({ id, AND: [visible.webhookEndpoint(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    url: t.string({
      description: 'The receiver URL with query values and fragment shown as *** (they may hold the receiver’s tokens); deliveries use the URL as registered.',
      resolve: (e) => redactedWebhookUrl(e.url),
    }),
    eventTypes: t.exposeStringList('eventTypes', { description: 'Empty: every event the API client may see.' }),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true }),
    cursorSeq: t.string({ description: 'Events up to this seq have been queued for delivery.', resolve: (e) => e.cursorSeq.toString() }),
    apiClient: t.relation('apiClient', { nullable: true, description: 'Null for callers that may not manage API clients.' }),
    deliveries: t.relatedConnection(
      'deliveries',
      {
        cursor: 'id',
        totalCount: true,
        args: { status: t.arg({ type: [WebhookDeliveryStatus], required: false }) },
        query: (args) => ({ where: args.status ? { status: { in: args.status } } : {}, orderBy: [{ id: 'desc' }] }),
      },
    ),
  }),
});

export const WebhookEndpointConnection = connectionOf(WebhookEndpoint, 'WebhookEndpoint');

builder.queryFields((t) => ({
  webhookEndpoints: t.prismaConnection(
    {
      type: WebhookEndpoint,
      cursor: 'id',
      authScopes: { roles: CAN.manageWebhooks },
      resolve: (query, _root, _args, ctx) =>
        requestDb(ctx).webhookEndpoint.findMany({ ...query, where: visible.webhookEndpoint(ctx.viewer), orderBy: [{ id: 'asc' }] }),
      totalCount: (_root, _args, ctx) => requestDb(ctx).webhookEndpoint.count({ where: visible.webhookEndpoint(ctx.viewer) }),
    },
    WebhookEndpointConnection,
  ),
  webhookDeliveries: t.prismaConnection(
    {
      type: WebhookDelivery,
      cursor: 'id',
      authScopes: { roles: CAN.manageWebhooks },
      args: {
        endpointId: t.arg.globalID({ for: WebhookEndpoint, required: false }),
        status: t.arg({ type: [WebhookDeliveryStatus], required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).webhookDelivery.findMany({ ...query, where: deliveryWhere(args, ctx), orderBy: [{ id: 'desc' }] }),
      totalCount: (_root, args, ctx) => requestDb(ctx).webhookDelivery.count({ where: deliveryWhere(args, ctx) }),
    },
    WebhookDeliveryConnection,
  ),
}));

function deliveryWhere(args: { endpointId?: { id: unknown } | null; status?: readonly ('PENDING' | 'DELIVERED' | 'DEAD')[] | null }, ctx: Context) {
  return {
    AND: [
      visible.webhookDelivery(ctx.viewer),
      args.endpointId ? { endpointId: String(args.endpointId.id) } : {},
      args.status ? { status: { in: [...args.status] } } : {},
    ],
  };
}

const RegisterWebhookInput = builder.inputType('RegisterWebhookInput', {
  fields: (t) => ({
    apiClientId: t.globalID({ for: ApiClient, required: false, description: 'Required for admins; an API client registers for itself.' }),
    url: t.string({ description: 'http(s) URL that receives signed POSTs.' }),
    eventTypes: t.stringList({ required: false, description: 'Exact event types; empty or omitted: all the client may see.' }),
  }),
});
const DisableWebhookInput = builder.inputType('DisableWebhookInput', {
  fields: (t) => ({ id: t.globalID({ for: WebhookEndpoint }) }),
});
const RedeliverWebhookInput = builder.inputType('RedeliverWebhookInput', {
  fields: (t) => ({ deliveryId: t.globalID({ for: WebhookDelivery }) }),
});

const endpointPayload = (name: string, withSecret: boolean) =>
  builder.objectRef<{ endpointId: string; secret?: string; auditSeq: bigint }>(name).implement({
    fields: (t) => ({
      webhookEndpoint: t.prismaField({
        type: WebhookEndpoint,
        resolve: (query, p, _args, ctx) => requestDb(ctx).webhookEndpoint.findUniqueOrThrow({ ...query, where: { id: p.endpointId } }),
      }),
      ...(withSecret
        ? {
            secret: t.string({
              description: 'The HMAC signing secret. Shown only in this response: store it now.',
              resolve: (p) => p.secret!,
            }),
          }
        : {}),
      auditSeq: t.string({ description: 'Sequence number of the audit event.', resolve: (p) => p.auditSeq.toString() }),
    }),
  });

const RedeliverWebhookPayload = builder.objectRef<{ deliveryId: string; auditSeq: bigint }>('RedeliverWebhookPayload').implement({
  fields: (t) => ({
    webhookDelivery: t.prismaField({
      type: WebhookDelivery,
      resolve: (query, p, _args, ctx) => requestDb(ctx).webhookDelivery.findUniqueOrThrow({ ...query, where: { id: p.deliveryId } }),
    }),
    auditSeq: t.string({ resolve: (p) => p.auditSeq.toString() }),
  }),
});

const command = (ctx: Context) => ({ actor: ctx.viewer, requestId: ctx.requestId });

builder.mutationFields((t) => ({
  registerWebhook: t.field({
    type: endpointPayload('RegisterWebhookPayload', true),
    authScopes: { roles: CAN.manageWebhooks },
    args: { input: t.arg({ type: RegisterWebhookInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { endpoint, secret, auditSeq } = await registerWebhook(command(ctx), {
        apiClientId: input.apiClientId?.id ?? null,
        url: input.url,
        eventTypes: input.eventTypes ?? [],
      });
      return { endpointId: endpoint.id, secret, auditSeq };
    },
  }),
  disableWebhook: t.field({
    type: endpointPayload('DisableWebhookPayload', false),
    authScopes: { roles: CAN.manageWebhooks },
    args: { input: t.arg({ type: DisableWebhookInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { endpoint, auditSeq } = await disableWebhook(command(ctx), { id: input.id.id });
      return { endpointId: endpoint.id, auditSeq };
    },
  }),
  redeliverWebhook: t.field({
    type: RedeliverWebhookPayload,
    authScopes: { roles: CAN.manageWebhooks },
    args: { input: t.arg({ type: RedeliverWebhookInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { delivery, auditSeq } = await redeliverWebhook(command(ctx), { deliveryId: input.deliveryId.id });
      return { deliveryId: delivery.id, auditSeq };
    },
  }),
}));
