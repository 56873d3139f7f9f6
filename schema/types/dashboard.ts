import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { AgreementStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { requestDb } from '../../server/policy/request-db.js';
import { dashboardReport, type DashboardReport } from '../../server/domain/reports/dashboard-report.js';

type Report = DashboardReport;

const PenaltyMonth = builder
  .objectRef<Report['penaltiesByMonth'][number]>('DashboardPenaltyMonth')
  .implement({
    fields: (t) => ({
      month: t.exposeString('month', { description: "Month of proposal on the agency's calendar (HUB_TIME_ZONE), YYYY-MM." }),
      penalisedFen: t.field({ type: 'Fen', resolve: (b) => b.penalisedFen }),
      recoveredFen: t.field({ type: 'Fen', resolve: (b) => b.recoveredFen }),
      count: t.exposeInt('count'),
    }),
  });

const PenaltyViolation = builder
  .objectRef<Report['penaltiesByViolation'][number]>('DashboardPenaltyViolation')
  .implement({
    fields: (t) => ({
      violationTypeId: t.id({ resolve: (b) => encodeGlobalID('ViolationType', b.violationTypeId) }),
      code: t.exposeString('code'),
      nameZh: t.exposeString('nameZh'),
      nameEn: t.exposeString('nameEn'),
      penalisedFen: t.field({ type: 'Fen', resolve: (b) => b.penalisedFen }),
      recoveredFen: t.field({ type: 'Fen', resolve: (b) => b.recoveredFen }),
      count: t.exposeInt('count'),
    }),
  });

const ViolatingShare = builder
  .objectRef<Report['violatingShare'][number]>('DashboardViolatingShare')
  .implement({
    description:
      "违规占比: one insurer's month, computed exactly as `monitoringReport.violatingShare` (flagged during and after settlement over the fund paid on the month's settled claims).",
    fields: (t) => ({
      month: t.exposeString('month', { description: 'Settlement month, YYYY-MM.' }),
      insurerId: t.id({ resolve: (b) => encodeGlobalID('Insurer', b.insurerId) }),
      nameZh: t.exposeString('nameZh', { description: "The insurer's name." }),
      nameEn: t.exposeString('nameEn'),
      settledClaims: t.exposeInt('settledClaims'),
      settledFundFen: t.field({ type: 'Fen', resolve: (b) => b.settledFundFen }),
      flaggedClaims: t.exposeInt('flaggedClaims'),
      flaggedFen: t.field({ type: 'Fen', resolve: (b) => b.flaggedFen }),
      share: t.exposeFloat('share', { description: 'flaggedFen / settledFundFen (0..1).' }),
    }),
  });

const StatusCount = builder
  .objectRef<Report['agreementsByStatus'][number]>('DashboardStatusCount')
  .implement({
    fields: (t) => ({
      status: t.field({ type: AgreementStatus, resolve: (b) => b.status }),
      count: t.exposeInt('count'),
    }),
  });

const Dashboard = builder.objectRef<Report>('Dashboard').implement({
  description: "The admin console's overview, over what the caller may see.",
  fields: (t) => ({
    penaltiesByMonth: t.field({ type: [PenaltyMonth], resolve: (r) => r.penaltiesByMonth }),
    penaltiesByViolation: t.field({ type: [PenaltyViolation], resolve: (r) => r.penaltiesByViolation }),
    violatingShare: t.field({ type: [ViolatingShare], resolve: (r) => r.violatingShare }),
    agreementsByStatus: t.field({ type: [StatusCount], resolve: (r) => r.agreementsByStatus }),
  }),
});

builder.queryField('dashboard', (t) =>
  t.field({
    type: Dashboard,
    authScopes: { roles: CAN.read },
    description:
      'Penalties and recoveries by month and violation type, agreements by status, the violating share of settled fund payments per insurer and month; tenant-filtered.',
    args: {
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
    },
    resolve: (_root, args, ctx) => dashboardReport(requestDb(ctx), ctx.viewer, { from: args.from, to: args.to }),
  }),
);
