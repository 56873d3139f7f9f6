import { builder } from '../builder.js';
import { ActorType, AgreementAction, AgreementStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { connectionOf, orderOf } from './connection-helpers.js';

/** One lifecycle step of an agreement, with its reason, actor and effective date. */
export const AgreementTransition = builder.prismaNode('AgreementTransition', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.agreementTransition(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    action: t.expose('action', { type: AgreementAction }),
    fromStatus: t.expose('fromStatus', { type: AgreementStatus, nullable: true }),
    toStatus: t.expose('toStatus', { type: AgreementStatus }),
    reason: t.exposeString('reason'),
    effectiveOn: t.expose('effectiveOn', { type: 'Date' }),
    actorType: t.expose('actorType', { type: ActorType }),
    actorId: t.exposeString('actorId'),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    agreement: t.relation('agreement'),
  }),
});

export const AgreementTransitionConnection = connectionOf(AgreementTransition, 'AgreementTransition');

export const transitionOrder = orderOf('AgreementTransition', { OCCURRED_AT: 'occurredAt' }, 'OCCURRED_AT');
