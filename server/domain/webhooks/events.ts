/** Audit event types of webhooks (same naming as ../audit-event-types.ts). */
export const WEBHOOK_EVENT = {
  registered: 'webhookEndpoint.registered',
  disabled: 'webhookEndpoint.disabled',
  redeliveryRequested: 'webhookDelivery.redeliveryRequested',
} as const;

export const WEBHOOK_ENTITY = {
  endpoint: 'WebhookEndpoint',
  delivery: 'WebhookDelivery',
} as const;
