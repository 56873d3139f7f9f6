import { builder } from '../builder.js';
import { DrugCategory } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type { MonthlyReport as Row, RuleHit as RuleHitRow } from '../../server/db/generated/prisma/client.js';
import { fileMonthlyReport } from '../../server/domain/monthly-reports/file-monthly-report.js';
import { importMonthlyReportCsv } from '../../server/domain/monthly-reports/import-monthly-report-csv.js';
import { checkMonthlyReports } from '../../server/domain/monthly-reports/check-monthly-reports.js';
import { MonthlyReport } from './monthly-report.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { RuleHit } from './rule-hit.js';
import { commandContext, rawId } from './mutation-payloads.js';

const FileMonthlyReportPayload = builder
  .objectRef<{ report: Row; auditSeq: bigint | null; replayed: boolean }>('FileMonthlyReportPayload')
  .implement({
    fields: (t) => ({
      report: t.field({ type: MonthlyReport, resolve: (p) => p.report }),
      replayed: t.exposeBoolean('replayed', {
        description: 'The same batch was already filed: nothing was written.',
      }),
      auditSeq: t.string({
        nullable: true,
        description: 'Sequence number of the audit event appended; null for a replayed batch.',
        resolve: (p) => p.auditSeq?.toString() ?? null,
      }),
    }),
  });

const ReportLineInput = builder.inputType('MonthlyReportLineInput', {
  fields: (t) => ({
    drugCode: t.string(),
    drugName: t.string(),
    maker: t.string({ description: 'Manufacturer (生产企业).' }),
    channel: t.string({ description: 'Purchase channel (购进渠道): the supplier.' }),
    category: t.field({ type: DrugCategory }),
    unitPriceFen: t.field({ type: 'Fen', description: 'Purchase price per unit.' }),
    quantity: t.int(),
  }),
});

const FileMonthlyReportInput = builder.inputType('FileMonthlyReportInput', {
  fields: (t) => ({
    providerId: t.globalID({
      for: Provider,
      required: false,
      description: 'Agency staff entering a paper report; provider staff omit it.',
    }),
    period: t.string({ description: 'The month, YYYY-MM.' }),
    lines: t.field({ type: [ReportLineInput] }),
  }),
});

builder.mutationField('fileMonthlyReport', (t) =>
  t.field({
    type: FileMonthlyReportPayload,
    description:
      'Files a month’s drug purchases (月报制), idempotent by provider and month: the same batch again changes nothing.',
    authScopes: { roles: CAN.fileMonthlyReports },
    args: { input: t.arg({ type: FileMonthlyReportInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      fileMonthlyReport(commandContext(ctx), { ...input, providerId: rawId(input.providerId) }),
  }),
);

const ImportMonthlyReportCsvInput = builder.inputType('ImportMonthlyReportCsvInput', {
  fields: (t) => ({
    providerId: t.globalID({ for: Provider, required: false }),
    period: t.string(),
    csv: t.string({
      description:
        'UTF-8 CSV with the header drugCode,drugName,maker,channel,category,unitPriceFen,quantity.',
    }),
  }),
});

builder.mutationField('importMonthlyReportCsv', (t) =>
  t.field({
    type: FileMonthlyReportPayload,
    description: 'The file import of a monthly report (CSV); the same file twice is one report.',
    authScopes: { roles: CAN.fileMonthlyReports },
    args: { input: t.arg({ type: ImportMonthlyReportCsvInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      importMonthlyReportCsv(commandContext(ctx), { ...input, providerId: rawId(input.providerId) }),
  }),
);

const CheckMonthlyReportsPayload = builder
  .objectRef<{ dueOn: Date; checked: number; hits: RuleHitRow[]; lastSeq: bigint | null }>(
    'CheckMonthlyReportsPayload',
  )
  .implement({
    fields: (t) => ({
      dueOn: t.expose('dueOn', { type: 'Date' }),
      checked: t.exposeInt('checked', { description: 'Providers under the reporting duty in the month.' }),
      hits: t.field({ type: [RuleHit], resolve: (p) => p.hits }),
      auditSeq: t.string({
        nullable: true,
        description: 'The last event appended; null when no hit was raised.',
        resolve: (p) => p.lastSeq?.toString() ?? null,
      }),
    }),
  });

const CheckMonthlyReportsInput = builder.inputType('CheckMonthlyReportsInput', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false, description: "Defaults to the caller's own insurer; platform admins must name one. Another insurer's id is refused as not found." }),
    period: t.string({ description: 'The month checked, YYYY-MM; only after its due date.' }),
  }),
});

builder.mutationField('checkMonthlyReports', (t) =>
  t.field({
    type: CheckMonthlyReportsPayload,
    description:
      'Raises a rule hit "monthly report not filed as required" for each missing or late report of the month (idempotent).',
    authScopes: { roles: CAN.manageSupervision },
    args: { input: t.arg({ type: CheckMonthlyReportsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      checkMonthlyReports(commandContext(ctx), { ...input, insurerId: rawId(input.insurerId) }),
  }),
);
