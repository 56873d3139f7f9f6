import { builder } from '../builder.js';
import { Comparator, IndicatorMetric, IndicatorUnit, PenaltyMeasure } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { connectionOf } from './connection-helpers.js';

/** 基金支付控制指标, e.g. drug share ≤ 40 %; a breach may carry a measure. */
export const ControlIndicator = builder.prismaNode('ControlIndicator', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.controlIndicator(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    metric: t.expose('metric', { type: IndicatorMetric }),
    comparator: t.expose('comparator', { type: Comparator }),
    threshold: t.expose('threshold', { type: 'Decimal' }),
    unit: t.expose('unit', { type: IndicatorUnit }),
    breachMeasure: t.expose('breachMeasure', { type: PenaltyMeasure, nullable: true }),
    agreementVersion: t.relation('version', {
      description: 'The agreement version this indicator belongs to.',
    }),
  }),
});

export const ControlIndicatorConnection = connectionOf(ControlIndicator, 'ControlIndicator');
