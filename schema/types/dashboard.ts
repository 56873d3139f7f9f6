import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { AgreementStatus, ViolationCategory } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { dashboardReport, type DashboardReport } from '../../server/domain/reports/dashboard-report.js';

type Report = DashboardReport;

const PenaltyMonth = builder
  .objectRef<Report['penaltiesByMonth'][number]>('DashboardPenaltyMonth')
  .implement({
    fields: (t) => ({
      month: t.exposeString('month', { description: 'UTC calendar month, YYYY-MM (of proposal).' }),
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
    fields: (t) => ({
      month: t.exposeString('month'),
      category: t.field({ type: ViolationCategory, resolve: (b) => b.category as never }),
      violatingFen: t.field({ type: 'Fen', resolve: (b) => b.violatingFen }),
      share: t.exposeFloat('share', {
        description: "This category's share of the month's violating amount (0..1).",
      }),
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
      'Penalties and recoveries by month and violation type, agreements by status, violating-amount shares; tenant-filtered.',
    args: {
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
    },
    resolve: (_root, args, ctx) => dashboardReport(ctx.viewer, { from: args.from, to: args.to }),
  }),
);
