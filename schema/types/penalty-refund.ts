import { builder } from '../builder.js';
import { ActorType, AppealDecision } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { Penalty } from './penalty.js';
import { Appeal } from './appeal.js';
import { Finding } from './finding.js';
import { requestDb } from '../../server/policy/request-db.js';

/**
 * 退款: money recovered on an executed penalty and returned because its appeal overturned or
 * reduced it (a reversed 拒付 among them), kept as a record of its own: amount, reason, who, when.
 */
export const PenaltyRefund = builder.prismaNode('PenaltyRefund', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.penaltyRefund(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    amountFen: t.expose('amountFen', { type: 'Fen', description: 'Returned to the party, integer fen.' }),
    decision: t.expose('decision', { type: AppealDecision, description: 'OVERTURN or REDUCE.' }),
    reason: t.exposeString('reason', { description: "The appeal decision's reason." }),
    refundedByType: t.expose('refundedByType', { type: ActorType }),
    refundedById: t.exposeString('refundedById'),
    refundedAt: t.expose('refundedAt', { type: 'DateTime' }),
    penalty: t.relation('penalty'),
    appeal: t.field({
      type: Appeal,
      nullable: true,
      resolve: (r, _args, ctx) =>
        requestDb(ctx).appeal.findFirst({ where: { AND: [{ id: r.appealId }, visible.appeal(ctx.viewer)] } }),
    }),
    finding: t.field({
      type: Finding,
      nullable: true,
      resolve: (r, _args, ctx) =>
        requestDb(ctx).finding.findFirst({ where: { AND: [{ id: r.findingId }, visible.finding(ctx.viewer)] } }),
    }),
  }),
});

builder.prismaObjectFields(Penalty, (t) => ({
  refunds: t.relation('refunds', {
    description: 'Money returned on appeal after execution, oldest first.',
    query: (_args, ctx) => ({ where: visible.penaltyRefund(ctx.viewer), orderBy: { refundedAt: 'asc' } }),
  }),
}));
