import type { Prisma } from '../db/generated/prisma/client.js';
import { NOTHING, actorUuid, follows, signedIn, sqlScope, type RowPolicy } from './declare.js';
import type { Viewer } from '../auth/viewer.js';

/** Credentials, accounts, webhooks, the access log, and the reference data every role reads. */

/**
 * API clients and their keys: the platform admin manages all; an insurer admin only the
 * clients bound to its insurer (its integrators); an API client its own row (registering its
 * webhooks names it).
 */
const apiClient: RowPolicy<Prisma.ApiClientWhereInput> = {
  where: (viewer) =>
    (viewer.role === 'PLATFORM_ADMIN'
      ? {}
      : viewer.role === 'INSURER_ADMIN' && viewer.insurerId
        ? { insurerId: viewer.insurerId }
        : viewer.actorType === 'API_CLIENT'
          ? { id: { in: actorUuid(viewer) } }
          : NOTHING) as Prisma.ApiClientWhereInput,
  using: `hub_role() = 'PLATFORM_ADMIN' OR (hub_role() = 'INSURER_ADMIN' AND "insurerId" = hub_insurer()) OR (hub_role() <> 'INSURER_ADMIN' AND hub_actor_type() = 'API_CLIENT' AND "id"::text = hub_actor())`,
};

const webhookEndpoint: RowPolicy<Prisma.WebhookEndpointWhereInput> = {
  where: (viewer) =>
    (viewer.role === 'PLATFORM_ADMIN'
      ? {}
      : viewer.actorType === 'API_CLIENT'
        ? { apiClientId: { in: actorUuid(viewer) } }
        : { apiClient: apiClient.where(viewer) }) as Prisma.WebhookEndpointWhereInput,
  using: `hub_role() = 'PLATFORM_ADMIN' OR (hub_actor_type() = 'API_CLIENT' AND "apiClientId"::text = hub_actor()) OR (hub_actor_type() <> 'API_CLIENT' AND ${follows('ApiClient', 'apiClientId')})`,
};

function managedUsers(viewer: Viewer): Prisma.UserWhereInput {
  return (
    viewer.role === 'INSURER_ADMIN' && viewer.insurerId
      ? { OR: [{ insurerId: viewer.insurerId }, { provider: { insurerId: viewer.insurerId } }] }
      : NOTHING
  ) as Prisma.UserWhereInput;
}

export const accessPolicies = {
  apiClient,

  /** Keys (their hashes): the platform admin, and an insurer admin for its integrators' clients. */
  apiKey: {
    where: (viewer) =>
      (viewer.role === 'PLATFORM_ADMIN'
        ? {}
        : viewer.role === 'INSURER_ADMIN' && viewer.insurerId
          ? { apiClient: { insurerId: viewer.insurerId } }
          : NOTHING) as Prisma.ApiKeyWhereInput,
    using: `hub_role() = 'PLATFORM_ADMIN' OR (hub_role() = 'INSURER_ADMIN' AND EXISTS (SELECT 1 FROM "ApiClient" p WHERE p."id" = $T."apiClientId" AND p."insurerId" = hub_insurer()))`,
  } satisfies RowPolicy<Prisma.ApiKeyWhereInput>,

  /** Webhooks: the admins who manage the API client, and the API client itself. */
  webhookEndpoint,
  webhookDelivery: {
    where: (viewer) =>
      (viewer.role === 'PLATFORM_ADMIN'
        ? {}
        : { endpoint: webhookEndpoint.where(viewer) }) as Prisma.WebhookDeliveryWhereInput,
    using: `${sqlScope('all')} OR ${follows('WebhookEndpoint', 'endpointId')}`,
  } satisfies RowPolicy<Prisma.WebhookDeliveryWhereInput>,

  /** Staff accounts: the platform admin sees all; an insurer admin its insurer's and its providers' staff. */
  user: {
    where: (viewer) => (viewer.role === 'PLATFORM_ADMIN' ? {} : managedUsers(viewer)),
    using: `hub_role() = 'PLATFORM_ADMIN' OR (hub_role() = 'INSURER_ADMIN' AND ("insurerId" = hub_insurer() OR EXISTS (SELECT 1 FROM "Provider" p WHERE p."id" = $T."providerId" AND p."insurerId" = hub_insurer())))`,
  } satisfies RowPolicy<Prisma.UserWhereInput>,

  /**
   * Sessions: platform admins; a signed-in user's own (log-out revokes it as the user); an
   * insurer admin those of the accounts it manages (disableUser revokes them, changeUserRole
   * closes their sockets), following the User policy.
   */
  session: {
    where: (viewer) =>
      (viewer.role === 'PLATFORM_ADMIN'
        ? {}
        : viewer.actorType === 'USER'
          ? viewer.role === 'INSURER_ADMIN' && viewer.insurerId
            ? { OR: [{ userId: { in: actorUuid(viewer) } }, { user: managedUsers(viewer) }] }
            : { userId: { in: actorUuid(viewer) } }
          : NOTHING) as Prisma.SessionWhereInput,
    using: `hub_role() = 'PLATFORM_ADMIN' OR (hub_actor_type() = 'USER' AND "userId"::text = hub_actor()) OR (hub_role() = 'INSURER_ADMIN' AND hub_actor_type() = 'USER' AND ${follows('User', 'userId')})`,
  } satisfies RowPolicy<Prisma.SessionWhereInput>,

  /** Who read what is itself sensitive: platform admins only. */
  accessLogEntry: {
    where: (viewer) =>
      (viewer.role === 'PLATFORM_ADMIN' ? {} : { id: { lt: 0n } }) as Prisma.AccessLogEntryWhereInput,
    using: `hub_role() = 'PLATFORM_ADMIN'`,
  } satisfies RowPolicy<Prisma.AccessLogEntryWhereInput>,

  /** The violation catalogue is public reference data: every signed-in role reads it. */
  violationType: {
    where: (viewer) => (signedIn(viewer) ? {} : NOTHING) as Prisma.ViolationTypeWhereInput,
    using: `hub_scope() <> 'none'`,
  } satisfies RowPolicy<Prisma.ViolationTypeWhereInput>,

  /** Published chain hashes carry no tenant data; every signed-in role reads them. */
  auditCheckpoint: {
    where: (viewer) => (signedIn(viewer) ? {} : { seq: { lt: 0n } }) as Prisma.AuditCheckpointWhereInput,
    using: `hub_scope() <> 'none'`,
  } satisfies RowPolicy<Prisma.AuditCheckpointWhereInput>,
};
