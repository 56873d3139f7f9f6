import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { requestDb } from '../../server/policy/request-db.js';
import { monitoringReport, type MonitoringReport as Report } from '../../server/domain/reports/monitoring-report.js';
import { actsForInsurer } from '../../server/domain/shared/actor.js';
import { InputError, notFound } from '../../server/domain/errors.js';
import { Insurer } from './insurer.js';

const Count = builder.objectRef<{ count: number; amountFen: bigint; fundFen?: bigint }>('MonitoringCount').implement({
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'Person-times (人次).' }),
    amountFen: t.field({ type: 'Fen', resolve: (c) => c.amountFen }),
    fundFen: t.field({ type: 'Fen', nullable: true, resolve: (c) => c.fundFen ?? null }),
  }),
});
const ByRule = builder.objectRef<Report['byRule'][number]>('MonitoringRuleRow').implement({
  fields: (t) => ({
    ruleCode: t.exposeString('ruleCode'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    hits: t.exposeInt('hits'),
    amountFen: t.field({ type: 'Fen', resolve: (r) => r.amountFen }),
  }),
});
const ByProvider = builder.objectRef<Report['byProvider'][number]>('MonitoringProviderRow').implement({
  fields: (t) => ({
    providerId: t.exposeString('providerId'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    hits: t.exposeInt('hits'),
    amountFen: t.field({ type: 'Fen', resolve: (r) => r.amountFen }),
  }),
});
const MonitoringReport = builder.objectRef<Report>('MonitoringReport').implement({
  description: '智能监控 monthly report of one insurer: reminders, interceptions, after-the-fact hits and refusals, violating share.',
  fields: (t) => ({
    month: t.exposeString('month'),
    reminders: t.field({ type: Count, resolve: (r) => r.reminders }),
    interceptions: t.field({ type: Count, resolve: (r) => r.interceptions }),
    flagged: t.field({ type: Count, resolve: (r) => ({ count: r.flagged.claims, amountFen: r.flagged.amountFen }) }),
    refusals: t.field({ type: Count, resolve: (r) => ({ count: r.refusals.claims, amountFen: r.refusals.amountFen }) }),
    settledClaims: t.exposeInt('settledClaims'),
    settledFundFen: t.field({ type: 'Fen', resolve: (r) => r.settledFundFen }),
    violatingShare: t.exposeFloat('violatingShare', { description: 'Flagged amount / fund paid on the month’s settled claims.' }),
    confirmedShare: t.exposeFloat('confirmedShare'),
    byRule: t.field({ type: [ByRule], resolve: (r) => r.byRule }),
    byProvider: t.field({ type: [ByProvider], resolve: (r) => r.byProvider }),
  }),
});

builder.queryField('monitoringReport', (t) =>
  t.field({
    type: MonitoringReport,
    authScopes: { roles: CAN.manageMonitoring },
    args: {
      insurerId: t.arg.globalID({ for: Insurer, required: false, description: 'Platform admins name the insurer.' }),
      month: t.arg.string({ required: true, description: 'YYYY-MM' }),
    },
    resolve: (_root, args, ctx) => {
      if (!/^20\d\d-(0[1-9]|1[0-2])$/.test(args.month)) throw new InputError([{ path: ['month'], message: 'must be a month YYYY-MM' }]);
      const insurerId = args.insurerId ? String(args.insurerId.id) : ctx.viewer.insurerId;
      if (!insurerId) throw new InputError([{ path: ['insurerId'], message: 'name the insurer' }]);
      if (!actsForInsurer(ctx.viewer, insurerId)) throw notFound('Insurer', insurerId);
      return monitoringReport(requestDb(ctx), insurerId, args.month);
    },
  }),
);
