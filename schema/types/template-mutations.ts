import { builder } from '../builder.js';
import { AgreementKind, Comparator, IndicatorMetric, IndicatorUnit, PenaltyMeasure } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type {
  AgreementTemplate as TemplateRow,
  ResigningCampaign as CampaignRow,
  ResigningCampaignItem as ItemRow,
} from '../../server/db/generated/prisma/client.js';
import { draftAgreementTemplate } from '../../server/domain/templates/draft-agreement-template.js';
import { updateAgreementTemplate } from '../../server/domain/templates/update-agreement-template.js';
import { publishAgreementTemplate } from '../../server/domain/templates/publish-agreement-template.js';
import { startResigningCampaign } from '../../server/domain/templates/start-resigning-campaign.js';
import { declineResigning } from '../../server/domain/templates/decline-resigning.js';
import { AgreementTemplate } from './agreement-template.js';
import { ResigningCampaign, ResigningCampaignItem } from './resigning-campaign.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/** Template and re-signing mutations: each calls one command in server/domain/templates/. */

const LadderStepInput = builder.inputType('LadderStepInput', {
  fields: (t) => ({
    measure: t.field({ type: PenaltyMeasure }),
    multiple: t.field({ type: 'Decimal', required: false }),
    durationMonths: t.int({ required: false, description: 'Suspensions: planned length.' }),
  }),
});

const PenaltyLadderInput = builder.inputType('PenaltyLadderInput', {
  fields: (t) => ({
    windowMonths: t.int(),
    steps: t.field({ type: [LadderStepInput] }),
  }),
});

const TemplateClauseInput = builder.inputType('TemplateClauseInput', {
  fields: (t) => ({
    clauseNo: t.string(),
    titleZh: t.string(),
    titleEn: t.string(),
    bodyZh: t.string(),
    bodyEn: t.string(),
    ruleCodes: t.stringList({ required: false }),
    indicatorMetrics: t.field({ type: [IndicatorMetric], required: false }),
    ladder: t.field({ type: PenaltyLadderInput, required: false }),
  }),
});

const TemplateIndicatorInput = builder.inputType('TemplateIndicatorInput', {
  fields: (t) => ({
    metric: t.field({ type: IndicatorMetric }),
    comparator: t.field({ type: Comparator }),
    threshold: t.field({ type: 'Decimal' }),
    unit: t.field({ type: IndicatorUnit }),
    breachMeasure: t.field({ type: PenaltyMeasure, required: false }),
  }),
});

const TemplatePayload = builder.objectRef<{ template: TemplateRow; auditSeq: bigint }>('AgreementTemplatePayload').implement({
  fields: (t) => ({
    template: t.field({ type: AgreementTemplate, resolve: (p) => p.template }),
    auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
  }),
});

const DraftInput = builder.inputType('DraftAgreementTemplateInput', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false, description: 'Platform admins only.' }),
    kind: t.field({ type: AgreementKind }),
    code: t.string({ description: 'Template family code, e.g. MAS-HOSPITAL; versions are numbered under it.' }),
    titleZh: t.string(),
    titleEn: t.string(),
    effectiveFrom: t.field({ type: 'Date' }),
    changeNote: t.string({ required: false }),
    clauses: t.field({ type: [TemplateClauseInput], required: false }),
    indicators: t.field({ type: [TemplateIndicatorInput], required: false }),
  }),
});

const UpdateInput = builder.inputType('UpdateAgreementTemplateInput', {
  fields: (t) => ({
    id: t.globalID({ for: AgreementTemplate }),
    expectedVersion: t.int(),
    titleZh: t.string({ required: false }),
    titleEn: t.string({ required: false }),
    effectiveFrom: t.field({ type: 'Date', required: false }),
    changeNote: t.string({ required: false }),
    clauses: t.field({ type: [TemplateClauseInput], required: false, description: 'Replaces all clauses.' }),
    indicators: t.field({ type: [TemplateIndicatorInput], required: false, description: 'Replaces all indicators.' }),
  }),
});

const PublishInput = builder.inputType('PublishAgreementTemplateInput', {
  fields: (t) => ({ id: t.globalID({ for: AgreementTemplate }), expectedVersion: t.int() }),
});

const CampaignPayload = builder.objectRef<{ campaign: CampaignRow; auditSeq: bigint }>('ResigningCampaignPayload').implement({
  fields: (t) => ({
    campaign: t.field({ type: ResigningCampaign, resolve: (p) => p.campaign }),
    auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
  }),
});

const StartCampaignInput = builder.inputType('StartResigningCampaignInput', {
  fields: (t) => ({
    templateId: t.globalID({ for: AgreementTemplate, description: 'A PUBLISHED template version.' }),
    exceptProviderIds: t.globalIDList({ for: Provider, required: false, description: 'Providers left on their current terms.' }),
  }),
});

const DeclinePayload = builder.objectRef<{ item: ItemRow; auditSeq: bigint }>('DeclineResigningPayload').implement({
  fields: (t) => ({
    item: t.field({ type: ResigningCampaignItem, resolve: (p) => p.item }),
    auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
  }),
});

const DeclineInput = builder.inputType('DeclineResigningInput', {
  fields: (t) => ({ itemId: t.globalID({ for: ResigningCampaignItem }), reason: t.string() }),
});

builder.mutationFields((t) => ({
  draftAgreementTemplate: t.field({
    type: TemplatePayload,
    description: 'Drafts the next version of an agreement template (version 1 for a new code).',
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: DraftInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      draftAgreementTemplate(commandContext(ctx), {
        ...input,
        insurerId: rawId(input.insurerId),
        clauses: input.clauses ?? undefined,
        indicators: input.indicators ?? undefined,
      }),
  }),
  updateAgreementTemplate: t.field({
    type: TemplatePayload,
    description: 'Edits a DRAFT template version.',
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: UpdateInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateAgreementTemplate(commandContext(ctx), {
        ...input,
        id: rawId(input.id),
        clauses: input.clauses ?? undefined,
        indicators: input.indicators ?? undefined,
      }),
  }),
  publishAgreementTemplate: t.field({
    type: TemplatePayload,
    description: 'Publishes a DRAFT version; the previous published version of the code is retired.',
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: PublishInput, required: true }) },
    resolve: (_root, { input }, ctx) => publishAgreementTemplate(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
  startResigningCampaign: t.field({
    type: CampaignPayload,
    description: 'Re-signs every agreement in force of the template kind on a published version, as a background job.',
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: StartCampaignInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      startResigningCampaign(commandContext(ctx), {
        templateId: rawId(input.templateId),
        exceptProviderIds: (input.exceptProviderIds ?? []).map((id) => rawId(id)),
      }),
  }),
  declineResigning: t.field({
    type: DeclinePayload,
    description: 'A provider refuses to re-sign (or the agency records its refusal); the item is listed as REFUSED.',
    authScopes: { roles: CAN.declineResigning },
    args: { input: t.arg({ type: DeclineInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      declineResigning(commandContext(ctx), { itemId: rawId(input.itemId), reason: input.reason }),
  }),
}));
