import { builder } from '../builder.js';
import { PenaltyMeasure, PenaltyTarget } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { requestDb } from '../../server/policy/request-db.js';
import { notFound, type FieldIssue } from '../../server/domain/errors.js';
import { fieldMessageZh } from '../../server/domain/field-messages.js';
import { calculatePenalty, type Calculated } from '../../server/domain/penalties/calculate.js';
import { Finding } from './finding.js';
import { Physician } from './physician.js';
import { InsuredPerson } from './insured-person.js';

/**
 * What `proposePenalty` would compute for these values, without writing anything: the admin
 * console shows the amount (e.g. 2× the violating amount) before the user confirms. Uses the
 * same pure calculation as the command, so the preview and the proposal cannot disagree.
 */
const PreviewIssue = builder.objectRef<FieldIssue>('PenaltyPreviewIssue').implement({
  fields: (t) => ({
    path: t.stringList({ resolve: (i) => i.path.map(String) }),
    message: t.exposeString('message'),
    // The console showed the English message (and the input's name) on a Chinese form.
    messageZh: t.string({
      description: 'The message in Chinese, as a form shows it beside the field.',
      resolve: (i) => i.messageZh ?? fieldMessageZh(i.message),
    }),
  }),
});

type Preview = {
  ok: boolean;
  value: Calculated | null;
  issues: FieldIssue[];
  violatingAmountFen: bigint;
};

const PenaltyPreview = builder.objectRef<Preview>('PenaltyPreview').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'false: the values would be refused; see issues.' }),
    violatingAmountFen: t.field({ type: 'Fen', resolve: (p) => p.violatingAmountFen }),
    target: t.field({ type: PenaltyTarget, nullable: true, resolve: (p) => p.value?.target ?? null }),
    baseAmountFen: t.field({ type: 'Fen', nullable: true, resolve: (p) => p.value?.baseAmountFen ?? null }),
    multiple: t.field({ type: 'Decimal', nullable: true, resolve: (p) => p.value?.multiple ?? null }),
    amountFen: t.field({ type: 'Fen', nullable: true, resolve: (p) => p.value?.amountFen ?? null }),
    durationMonths: t.int({ nullable: true, resolve: (p) => p.value?.durationMonths ?? null }),
    issues: t.field({ type: [PreviewIssue], resolve: (p) => p.issues }),
  }),
});

const PenaltyPreviewInput = builder.inputType('PenaltyPreviewInput', {
  fields: (t) => ({
    findingId: t.globalID({ for: Finding, required: true }),
    measure: t.field({ type: PenaltyMeasure, required: true }),
    multiple: t.field({ type: 'Decimal', required: false }),
    durationMonths: t.int({ required: false }),
    physicianId: t.globalID({ for: Physician, required: false }),
    insuredPersonId: t.globalID({ for: InsuredPerson, required: false }),
    rectificationDueOn: t.field({ type: 'Date', required: false }),
  }),
});

builder.queryField('penaltyPreview', (t) =>
  t.field({
    type: PenaltyPreview,
    authScopes: { roles: CAN.proposePenalties },
    description:
      'The amount, target and duration `proposePenalty` would compute for these values; writes nothing.',
    args: { input: t.arg({ type: PenaltyPreviewInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const finding = await requestDb(ctx).finding.findFirst({
        where: { AND: [{ id: input.findingId.id }, visible.finding(ctx.viewer)] },
      });
      if (!finding) throw notFound('Finding', input.findingId.id);
      const result = calculatePenalty({
        measure: input.measure,
        violatingAmountFen: finding.violatingAmountFen,
        multiple: input.multiple ?? null,
        durationMonths: input.durationMonths ?? null,
        physicianId: input.physicianId?.id ?? finding.physicianId,
        insuredPersonId: input.insuredPersonId?.id ?? finding.insuredPersonId,
        rectificationDueOn: input.rectificationDueOn ?? null,
      });
      return result.ok
        ? { ok: true, value: result.value, issues: [], violatingAmountFen: finding.violatingAmountFen }
        : { ok: false, value: null, issues: result.issues, violatingAmountFen: finding.violatingAmountFen };
    },
  }),
);
