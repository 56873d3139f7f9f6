import { builder } from '../builder.js';
import {
  AgreementFamily,
  AgreementKind,
  Comparator,
  EntrustedWork,
  IndicatorMetric,
  IndicatorUnit,
  PenaltyMeasure,
} from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type { Agreement as AgreementRow } from '../../server/db/generated/prisma/client.js';
import { draftAgreement } from '../../server/domain/agreements/draft-agreement.js';
import { updateDraftAgreement } from '../../server/domain/agreements/update-draft-agreement.js';
import { amendAgreement } from '../../server/domain/agreements/amend-agreement.js';
import { Agreement } from './agreement.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { Partner } from './partner.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/**
 * Agreement mutations that write terms (draft, edit the draft, amend): each calls one command in
 * server/domain/agreements/. Status changes (sign, suspend, resume, terminate, renew) are in
 * agreement-status-mutations.ts.
 */

const ClauseInput = builder.inputType('AgreementClauseInput', {
  description: '条款: one clause of an agreement version.',
  fields: (t) => ({
    clauseNo: t.string(),
    titleZh: t.string(),
    titleEn: t.string(),
    bodyZh: t.string(),
    bodyEn: t.string(),
  }),
});

const IndicatorInput = builder.inputType('ControlIndicatorInput', {
  description: '基金支付控制指标: a metric with its threshold and the measure a breach leads to.',
  fields: (t) => ({
    metric: t.field({ type: IndicatorMetric }),
    comparator: t.field({ type: Comparator }),
    threshold: t.field({ type: 'Decimal' }),
    unit: t.field({ type: IndicatorUnit }),
    breachMeasure: t.field({ type: PenaltyMeasure, required: false }),
  }),
});

/** `{ agreement, auditSeq }`: what every agreement mutation answers. */
export function agreementPayload(name: string, description: string) {
  return builder.objectRef<{ agreement: AgreementRow; auditSeq: bigint }>(name).implement({
    description,
    fields: (t) => ({
      agreement: t.field({ type: Agreement, resolve: (p) => p.agreement }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });
}

const DraftAgreementInput = builder.inputType('DraftAgreementInput', {
  fields: (t) => ({
    family: t.field({ type: AgreementFamily }),
    kind: t.field({ type: AgreementKind }),
    insurerId: t.globalID({
      for: Insurer,
      required: false,
      description: 'Platform admins only; agency staff draft for their insurer.',
    }),
    providerId: t.globalID({ for: Provider, required: false, description: 'Service agreements.' }),
    partnerId: t.globalID({ for: Partner, required: false, description: 'Partner agreements.' }),
    entrustedWork: t.field({
      type: [EntrustedWork],
      required: false,
      description: 'Partner agreements: the work entrusted.',
    }),
    number: t.string({ required: false, description: 'Agreement number, unique within the insurer; generated when omitted.' }),
    startsOn: t.field({ type: 'Date' }),
    endsOn: t.field({ type: 'Date' }),
    templateCode: t.string(),
    templateVersion: t.string(),
    changeNote: t.string({ required: false }),
    clauses: t.field({ type: [ClauseInput], required: false }),
    indicators: t.field({ type: [IndicatorInput], required: false }),
    reason: t.string({ required: false }),
  }),
});

builder.mutationField('draftAgreement', (t) =>
  t.field({
    type: agreementPayload('DraftAgreementPayload', 'The drafted agreement (version 1).'),
    description:
      'Drafts an agreement. Refused with REAPPLICATION_BANNED while the provider is banned after a termination.',
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: DraftAgreementInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      draftAgreement(commandContext(ctx), {
        ...input,
        insurerId: rawId(input.insurerId),
        providerId: rawId(input.providerId),
        partnerId: rawId(input.partnerId),
        clauses: input.clauses ?? undefined,
        indicators: input.indicators ?? undefined,
      }),
  }),
);

const UpdateDraftAgreementInput = builder.inputType('UpdateDraftAgreementInput', {
  description: 'Omitted fields stay as they are; clauses and indicators, when given, replace the lists.',
  fields: (t) => ({
    id: t.globalID({ for: Agreement }),
    expectedVersion: t.int(),
    kind: t.field({ type: AgreementKind, required: false, description: "Within the draft's family." }),
    providerId: t.globalID({ for: Provider, required: false, description: 'Service agreements.' }),
    partnerId: t.globalID({ for: Partner, required: false, description: 'Partner agreements.' }),
    entrustedWork: t.field({ type: [EntrustedWork], required: false }),
    startsOn: t.field({ type: 'Date', required: false }),
    endsOn: t.field({ type: 'Date', required: false }),
    templateCode: t.string({ required: false }),
    templateVersion: t.string({ required: false }),
    changeNote: t.string({ required: false }),
    clauses: t.field({ type: [ClauseInput], required: false }),
    indicators: t.field({ type: [IndicatorInput], required: false }),
  }),
});

builder.mutationField('updateDraftAgreement', (t) =>
  t.field({
    type: agreementPayload('UpdateDraftAgreementPayload', 'The edited draft.'),
    description: 'Edits a DRAFT agreement (ILLEGAL_TRANSITION in any other state; amend signed ones).',
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: UpdateDraftAgreementInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateDraftAgreement(commandContext(ctx), {
        id: rawId(input.id),
        expectedVersion: input.expectedVersion,
        kind: input.kind ?? undefined,
        providerId: rawId(input.providerId),
        partnerId: rawId(input.partnerId),
        entrustedWork: input.entrustedWork ?? undefined,
        startsOn: input.startsOn ?? undefined,
        endsOn: input.endsOn ?? undefined,
        templateCode: input.templateCode ?? undefined,
        templateVersion: input.templateVersion ?? undefined,
        changeNote: input.changeNote,
        clauses: input.clauses ?? undefined,
        indicators: input.indicators ?? undefined,
      }),
  }),
);

const AmendAgreementInput = builder.inputType('AmendAgreementInput', {
  fields: (t) => ({
    id: t.globalID({ for: Agreement }),
    expectedVersion: t.int(),
    changeNote: t.string({ description: 'Why the terms change.' }),
    effectiveFrom: t.field({ type: 'Date', required: false }),
    templateCode: t.string({ required: false }),
    templateVersion: t.string({ required: false }),
    clauses: t.field({
      type: [ClauseInput],
      required: false,
      description: 'Clauses added or replaced (by clauseNo).',
    }),
    removeClauseNos: t.stringList({ required: false }),
    indicators: t.field({
      type: [IndicatorInput],
      required: false,
      description: 'Indicators added or replaced (by metric).',
    }),
    removeIndicatorMetrics: t.field({ type: [IndicatorMetric], required: false }),
    reason: t.string({ required: false }),
  }),
});

builder.mutationField('amendAgreement', (t) =>
  t.field({
    type: agreementPayload(
      'AmendAgreementPayload',
      'The agreement with its new current version; earlier versions stay readable.',
    ),
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: AmendAgreementInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      amendAgreement(commandContext(ctx), {
        ...input,
        id: rawId(input.id),
        clauses: input.clauses ?? undefined,
        removeClauseNos: input.removeClauseNos ?? undefined,
        indicators: input.indicators ?? undefined,
        removeIndicatorMetrics: input.removeIndicatorMetrics ?? undefined,
      }),
  }),
);
