import { builder } from '../builder.js';
import { FindingSource } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type { Finding as FindingRow } from '../../server/db/generated/prisma/client.js';
import { recordFinding } from '../../server/domain/findings/record-finding.js';
import { Agreement } from './agreement.js';
import { Finding } from './finding.js';
import { InsuredPerson } from './insured-person.js';
import { Partner } from './partner.js';
import { Physician } from './physician.js';
import { TipOff } from './tip-off.js';
import { ViolationType } from './violation-type.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

const EvidenceInput = builder.inputType('EvidenceInput', {
  description: 'A reference to evidence kept elsewhere (archive number, document id); never the content.',
  fields: (t) => ({
    kind: t.string({ description: 'e.g. PHOTO, MEDICAL_RECORD, SETTLEMENT_RECORD, INTERVIEW, DOCUMENT' }),
    ref: t.string(),
    note: t.string({ required: false }),
  }),
});

const RecordFindingInput = builder.inputType('RecordFindingInput', {
  fields: (t) => ({
    agreementId: t.globalID({ for: Agreement }),
    violationTypeId: t.globalID({ for: ViolationType }),
    source: t.field({ type: FindingSource }),
    physicianId: t.globalID({ for: Physician, required: false }),
    insuredPersonId: t.globalID({ for: InsuredPerson, required: false }),
    partnerId: t.globalID({
      for: Partner,
      required: false,
      description: 'The investigating partner, when agency staff record its result.',
    }),
    tipOffId: t.globalID({ for: TipOff, required: false }),
    description: t.string(),
    evidence: t.field({ type: [EvidenceInput], required: false }),
    violatingAmountFen: t.field({ type: 'Fen', description: '违规金额 in fen (≥ 0).' }),
    occurredFrom: t.field({ type: 'Date', required: false }),
    occurredTo: t.field({ type: 'Date', required: false }),
    foundOn: t.field({ type: 'Date' }),
    number: t.string({
      required: false,
      description:
        "The finding's number, unique within the insurer; left out, the hub numbers it (FND-…). Agency staff only: a partner's findings are numbered by the hub.",
    }),
  }),
});

const RecordFindingPayload = builder
  .objectRef<{ finding: FindingRow; auditSeq: bigint }>('RecordFindingPayload')
  .implement({
    fields: (t) => ({
      finding: t.field({ type: Finding, resolve: (p) => p.finding }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('recordFinding', (t) =>
  t.field({
    type: RecordFindingPayload,
    description:
      'Records a violation on a service agreement. Partners record PARTNER_INVESTIGATION results only, on agreements of insurers that entrust them.',
    authScopes: { roles: CAN.recordFindings },
    args: { input: t.arg({ type: RecordFindingInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordFinding(commandContext(ctx), {
        ...input,
        agreementId: rawId(input.agreementId),
        violationTypeId: rawId(input.violationTypeId),
        physicianId: rawId(input.physicianId),
        insuredPersonId: rawId(input.insuredPersonId),
        partnerId: rawId(input.partnerId),
        tipOffId: rawId(input.tipOffId),
        evidence: input.evidence ?? undefined,
      }),
  }),
);
