import { builder } from '../builder.js';
import { ReferralKind } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type {
  DispatchedDocument as DocRow,
  Referral as ReferralRow,
} from '../../server/db/generated/prisma/client.js';
import { liftSettlementSuspension } from '../../server/domain/sanctions/lift-settlement-suspension.js';
import { liftBillingSuspension } from '../../server/domain/sanctions/lift-billing-suspension.js';
import { endExpiredSanctions } from '../../server/domain/sanctions/end-expired-sanctions.js';
import { dispatchHealthAuthorityNotice } from '../../server/domain/sanctions/dispatch-health-authority-notice.js';
import { recordDocumentDelivery } from '../../server/domain/sanctions/record-document-delivery.js';
import { referCase } from '../../server/domain/sanctions/refer-case.js';
import { recordReferralOutcome } from '../../server/domain/sanctions/record-referral-outcome.js';
import { requestDb } from '../../server/policy/request-db.js';
import { DispatchedDocument, Referral, SanctionEnd } from './sanction.js';
import { InsuredPerson } from './insured-person.js';
import { Physician } from './physician.js';
import { Penalty } from './penalty.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

const SanctionEndPayload = builder
  .objectRef<{ sanctionEndId: string; auditSeq: bigint }>('SanctionEndPayload')
  .implement({
    fields: (t) => ({
      sanctionEnd: t.prismaField({
        type: SanctionEnd,
        resolve: (query, p, _args, ctx) =>
          requestDb(ctx).sanctionEnd.findUniqueOrThrow({ ...query, where: { id: p.sanctionEndId } }),
      }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

const LiftSettlementSuspensionInput = builder.inputType('LiftSettlementSuspensionInput', {
  fields: (t) => ({
    insuredPersonId: t.globalID({ for: InsuredPerson }),
    requestDocumentRef: t.string({ description: 'The written request (书面申请).' }),
    pledgeDocumentRef: t.string({ description: 'The pledge (承诺书).' }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('liftSettlementSuspension', (t) =>
  t.field({
    type: SanctionEndPayload,
    description:
      'Restores an insured person’s direct settlement before the suspension ends, on a written request and pledge.',
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: LiftSettlementSuspensionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      liftSettlementSuspension(commandContext(ctx), {
        ...input,
        insuredPersonId: rawId(input.insuredPersonId),
      }),
  }),
);

const LiftBillingSuspensionInput = builder.inputType('LiftBillingSuspensionInput', {
  fields: (t) => ({
    physicianId: t.globalID({ for: Physician }),
    requestDocumentRef: t.string(),
    pledgeDocumentRef: t.string(),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('liftBillingSuspension', (t) =>
  t.field({
    type: SanctionEndPayload,
    description:
      'Restores a physician’s billing right before the suspension ends, on a written request and pledge.',
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: LiftBillingSuspensionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      liftBillingSuspension(commandContext(ctx), { ...input, physicianId: rawId(input.physicianId) }),
  }),
);

const EndExpiredSanctionsPayload = builder
  .objectRef<{ ended: number; lastSeq: bigint | null }>('EndExpiredSanctionsPayload')
  .implement({
    fields: (t) => ({
      ended: t.exposeInt('ended'),
      auditSeq: t.string({ nullable: true, resolve: (p) => p.lastSeq?.toString() ?? null }),
    }),
  });

builder.mutationField('endExpiredSanctions', (t) =>
  t.field({
    type: EndExpiredSanctionsPayload,
    description:
      'Ends every insured-person and physician suspension whose term has run out (one event each; idempotent).',
    authScopes: { roles: CAN.decidePenalties },
    resolve: (_root, _args, ctx) => endExpiredSanctions(commandContext(ctx)),
  }),
);

const DocumentPayload = builder
  .objectRef<{ document: DocRow; auditSeq: bigint }>('DispatchedDocumentPayload')
  .implement({
    fields: (t) => ({
      document: t.field({ type: DispatchedDocument, resolve: (p) => p.document }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

const DispatchNoticeInput = builder.inputType('DispatchHealthAuthorityNoticeInput', {
  fields: (t) => ({
    penaltyId: t.globalID({ for: Penalty }),
    recipient: t.string(),
    documentRef: t.string(),
  }),
});

builder.mutationField('dispatchHealthAuthorityNotice', (t) =>
  t.field({
    type: DocumentPayload,
    description: 'Records the notice of a physician’s billing suspension sent to the health authority.',
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: DispatchNoticeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      dispatchHealthAuthorityNotice(commandContext(ctx), { ...input, penaltyId: rawId(input.penaltyId) }),
  }),
);

const DeliveryOutcome = builder.enumType('DeliveryOutcome', { values: ['DELIVERED', 'RETURNED'] as const });

const RecordDeliveryInput = builder.inputType('RecordDocumentDeliveryInput', {
  fields: (t) => ({
    id: t.globalID({ for: DispatchedDocument }),
    expectedVersion: t.int(),
    deliveryStatus: t.field({ type: DeliveryOutcome }),
  }),
});

builder.mutationField('recordDocumentDelivery', (t) =>
  t.field({
    type: DocumentPayload,
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: RecordDeliveryInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordDocumentDelivery(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const ReferralPayload = builder
  .objectRef<{ referral: ReferralRow; auditSeq: bigint }>('ReferralPayload')
  .implement({
    fields: (t) => ({
      referral: t.field({ type: Referral, resolve: (p) => p.referral }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

const ReferCaseInput = builder.inputType('ReferCaseInput', {
  fields: (t) => ({
    penaltyId: t.globalID({ for: Penalty }),
    kind: t.field({ type: ReferralKind }),
    receivingAuthority: t.string(),
    documentRef: t.string(),
  }),
});

builder.mutationField('referCase', (t) =>
  t.field({
    type: ReferralPayload,
    description:
      'Records a referral to the judiciary (移送司法), joint punishment (联合惩戒) or the administrative authority.',
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: ReferCaseInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      referCase(commandContext(ctx), { ...input, penaltyId: rawId(input.penaltyId) }),
  }),
);

const ReferralOutcomeChoice = builder.enumType('ReferralOutcomeChoice', {
  values: ['ACCEPTED', 'DECLINED', 'CONCLUDED'] as const,
});

const RecordReferralOutcomeInput = builder.inputType('RecordReferralOutcomeInput', {
  fields: (t) => ({
    id: t.globalID({ for: Referral }),
    expectedVersion: t.int(),
    outcome: t.field({ type: ReferralOutcomeChoice }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('recordReferralOutcome', (t) =>
  t.field({
    type: ReferralPayload,
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: RecordReferralOutcomeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordReferralOutcome(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);
