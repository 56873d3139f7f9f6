import { builder } from '../builder.js';
import { Role } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { requestDb } from '../../server/policy/request-db.js';
import { connectionOf } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Partner } from './partner.js';
import { createApiClient } from '../../server/domain/access/create-api-client.js';
import { issueApiKey } from '../../server/domain/access/issue-api-key.js';
import { rotateApiKey } from '../../server/domain/access/rotate-api-key.js';
import { revokeApiKey } from '../../server/domain/access/revoke-api-key.js';
import { disableApiClient } from '../../server/domain/access/disable-api-client.js';
import { enableApiClient } from '../../server/domain/access/enable-api-client.js';
import { API_CLIENT_ROLES } from '../../server/domain/access/rules.js';
import type { Context } from '../../server/context.js';

/**
 * Partner systems and integrators, and their API keys. A key's hash never leaves the server;
 * the whole key is returned once, in the payload of issueApiKey / rotateApiKey.
 */
export const ApiKey = builder.prismaNode('ApiKey', {
  id: { field: 'id' },
  authScopes: { roles: CAN.manageAccess },
  findUnique: (id, ctx) => ({ id, AND: [visible.apiKey(ctx.viewer)] }),
  nullable: true,
  description: 'An API key without its secret: the prefix identifies it in logs and screens.',
  fields: (t) => ({
    prefix: t.exposeString('prefix', { description: 'Public part of the key (ahk_<prefix>_…).' }),
    label: t.exposeString('label', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'Updated at most once a minute.' }),
    active: t.boolean({
      select: { revokedAt: true, expiresAt: true },
      resolve: (key) => !key.revokedAt && (!key.expiresAt || key.expiresAt > new Date()),
    }),
    apiClient: t.relation('apiClient'),
  }),
});

export const ApiKeyConnection = connectionOf(ApiKey, 'ApiKey');

export const ApiClient = builder.prismaNode('ApiClient', {
  id: { field: 'id' },
  authScopes: { roles: CAN.manageAccess },
  findUnique: (id, ctx) => ({ id, AND: [visible.apiClient(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.expose('role', { type: Role }),
    insurer: t.relation('insurer', { nullable: true }),
    partner: t.relation('partner', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true }),
    keys: t.relatedConnection(
      'keys',
      { cursor: 'id', totalCount: true, query: (_args, ctx) => ({ where: visible.apiKey(ctx.viewer), orderBy: [{ id: 'desc' }] }) },
      ApiKeyConnection,
    ),
  }),
});

export const ApiClientConnection = connectionOf(ApiClient, 'ApiClient');

const ApiClientRole = builder.enumType('ApiClientRole', {
  description: 'Roles an API client may hold.',
  values: API_CLIENT_ROLES,
});

builder.queryFields((t) => ({
  apiClients: t.prismaConnection(
    {
      type: ApiClient,
      cursor: 'id',
      authScopes: { roles: CAN.manageAccess },
      resolve: (query, _root, _args, ctx) => requestDb(ctx).apiClient.findMany({ ...query, where: visible.apiClient(ctx.viewer), orderBy: [{ id: 'asc' }] }),
      totalCount: (_root, _args, ctx) => requestDb(ctx).apiClient.count({ where: visible.apiClient(ctx.viewer) }),
    },
    ApiClientConnection,
  ),
}));

const CreateApiClientInput = builder.inputType('CreateApiClientInput', {
  fields: (t) => ({
    name: t.string(),
    role: t.field({ type: ApiClientRole }),
    partnerId: t.globalID({ for: Partner, required: false }),
    insurerId: t.globalID({ for: Insurer, required: false, description: 'Defaults to the caller’s insurer for insurer admins.' }),
  }),
});

const IssueApiKeyInput = builder.inputType('IssueApiKeyInput', {
  fields: (t) => ({
    apiClientId: t.globalID({ for: ApiClient }),
    label: t.string({ required: false }),
    expiresAt: t.field({ type: 'DateTime', required: false, description: 'Recommended; at most about 3 years ahead.' }),
  }),
});

const RotateApiKeyInput = builder.inputType('RotateApiKeyInput', {
  fields: (t) => ({
    id: t.globalID({ for: ApiKey }),
    graceMinutes: t.int({ required: false, description: 'How long the old key keeps working (0, the default, revokes it now).' }),
    expiresAt: t.field({ type: 'DateTime', required: false }),
  }),
});

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  fields: (t) => ({ id: t.globalID({ for: ApiKey }) }),
});

/** Disabling and enabling a client name it and may say why. */
const clientStatusInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      id: t.globalID({ for: ApiClient }),
      reason: t.string({ required: false, description: 'Why (kept in the audit event), up to 500 characters.' }),
    }),
  });
const DisableApiClientInput = clientStatusInput('DisableApiClientInput');
const EnableApiClientInput = clientStatusInput('EnableApiClientInput');

interface KeyPayloadShape {
  apiKey: { id: string };
  key?: string;
  previous?: { id: string };
  auditSeq: bigint;
}

/** The client after the change, and the change's audit event. */
const clientPayload = (name: string) =>
  builder.objectRef<{ apiClientId: string; auditSeq: bigint }>(name).implement({
    fields: (t) => ({
      apiClient: t.prismaField({
        type: ApiClient,
        resolve: (query, p, _args, ctx) => requestDb(ctx).apiClient.findUniqueOrThrow({ ...query, where: { id: p.apiClientId } }),
      }),
      auditSeq: t.string({ description: 'Sequence number of the audit event.', resolve: (p) => p.auditSeq.toString() }),
    }),
  });
const CreateApiClientPayload = clientPayload('CreateApiClientPayload');
const DisableApiClientPayload = clientPayload('DisableApiClientPayload');
const EnableApiClientPayload = clientPayload('EnableApiClientPayload');

const keyPayload = (name: string, withSecret: boolean) =>
  builder.objectRef<KeyPayloadShape>(name).implement({
    fields: (t) => ({
      apiKey: t.prismaField({ type: ApiKey, resolve: (query, p, _args, ctx) => requestDb(ctx).apiKey.findUniqueOrThrow({ ...query, where: { id: p.apiKey.id } }) }),
      ...(withSecret
        ? {
            key: t.string({
              description: 'The whole key. Shown only in this response: store it now, it cannot be read again.',
              resolve: (p) => p.key!,
            }),
          }
        : {}),
      auditSeq: t.string({ description: 'Sequence number of the audit event.', resolve: (p) => p.auditSeq.toString() }),
    }),
  });

const IssueApiKeyPayload = keyPayload('IssueApiKeyPayload', true);
const RotateApiKeyPayload = keyPayload('RotateApiKeyPayload', true);
const RevokeApiKeyPayload = keyPayload('RevokeApiKeyPayload', false);

builder.objectField(RotateApiKeyPayload, 'previous', (t) =>
  t.prismaField({
    type: ApiKey,
    description: 'The replaced key, revoked or expiring at the end of the grace period.',
    resolve: (query, p, _args, ctx) => requestDb(ctx).apiKey.findUniqueOrThrow({ ...query, where: { id: p.previous!.id } }),
  }),
);

const command = (ctx: Context) => ({ actor: ctx.viewer, requestId: ctx.requestId });

builder.mutationFields((t) => ({
  createApiClient: t.field({
    type: CreateApiClientPayload,
    authScopes: { roles: CAN.manageAccess },
    args: { input: t.arg({ type: CreateApiClientInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { apiClient, auditSeq } = await createApiClient(command(ctx), {
        name: input.name,
        role: input.role,
        partnerId: input.partnerId?.id ?? null,
        insurerId: input.insurerId?.id ?? null,
      });
      return { apiClientId: apiClient.id, auditSeq };
    },
  }),
  issueApiKey: t.field({
    type: IssueApiKeyPayload,
    authScopes: { roles: CAN.manageAccess },
    args: { input: t.arg({ type: IssueApiKeyInput }) },
    resolve: (_root, { input }, ctx) =>
      issueApiKey(command(ctx), { apiClientId: input.apiClientId.id, label: input.label ?? null, expiresAt: input.expiresAt ?? null }),
  }),
  rotateApiKey: t.field({
    type: RotateApiKeyPayload,
    authScopes: { roles: CAN.manageAccess },
    args: { input: t.arg({ type: RotateApiKeyInput }) },
    resolve: (_root, { input }, ctx) =>
      rotateApiKey(command(ctx), { id: input.id.id, graceMinutes: input.graceMinutes ?? 0, expiresAt: input.expiresAt ?? null }),
  }),
  revokeApiKey: t.field({
    type: RevokeApiKeyPayload,
    authScopes: { roles: CAN.manageAccess },
    args: { input: t.arg({ type: RevokeApiKeyInput }) },
    resolve: (_root, { input }, ctx) => revokeApiKey(command(ctx), { id: input.id.id }),
  }),
  disableApiClient: t.field({
    type: DisableApiClientPayload,
    authScopes: { roles: CAN.manageAccess },
    description: 'Stops a client and every key of it at once (its open sockets close); no key can be issued for it afterwards.',
    args: { input: t.arg({ type: DisableApiClientInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { apiClient, auditSeq } = await disableApiClient(command(ctx), { id: input.id.id, reason: input.reason ?? null });
      return { apiClientId: apiClient.id, auditSeq };
    },
  }),
  enableApiClient: t.field({
    type: EnableApiClientPayload,
    authScopes: { roles: CAN.manageAccess },
    description:
      'Undoes disableApiClient: its keys that are neither revoked nor expired work again, and keys can be issued for it. Revoke a leaked key first.',
    args: { input: t.arg({ type: EnableApiClientInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { apiClient, auditSeq } = await enableApiClient(command(ctx), { id: input.id.id, reason: input.reason ?? null });
      return { apiClientId: apiClient.id, auditSeq };
    },
  }),
}));
