import { builder } from '../builder.js';
import { HospitalGrade, Ownership, PartnerKind, PharmacyClass, PractitionerProfession } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type {
  Partner as PartnerRow,
  Physician as PhysicianRow,
  Provider as ProviderRow,
} from '../../server/db/generated/prisma/client.js';
import { updateProvider } from '../../server/domain/parties/update-provider.js';
import { updatePartner } from '../../server/domain/parties/update-partner.js';
import { updatePhysician } from '../../server/domain/parties/update-physician.js';
import { Provider } from './provider.js';
import { Partner } from './partner.js';
import { Physician } from './physician.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/**
 * Master-data edits (server/domain/parties/): each carries `expectedVersion`; omitted fields
 * stay as they are, `null` clears a nullable field. Non-nullable fields sent as null are
 * treated as omitted.
 */
const keep = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

const UpdateProviderInput = builder.inputType('UpdateProviderInput', {
  fields: (t) => ({
    id: t.globalID({ for: Provider }),
    expectedVersion: t.int(),
    nameZh: t.string({ required: false }),
    nameEn: t.string({ required: false }),
    address: t.string({ required: false, description: 'null clears it.' }),
    licenceScope: t.stringList({ required: false }),
    hospitalGrade: t.field({ type: HospitalGrade, required: false, description: 'null clears it.' }),
    pharmacyClass: t.field({ type: PharmacyClass, required: false, description: 'null clears it.' }),
    ownership: t.field({ type: Ownership, required: false }),
    regionCode: t.string({ required: false, description: '6-digit administrative region code.' }),
  }),
});

const UpdateProviderPayload = builder
  .objectRef<{ provider: ProviderRow; auditSeq: bigint }>('UpdateProviderPayload')
  .implement({
    fields: (t) => ({
      provider: t.field({ type: Provider, resolve: (p) => p.provider }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('updateProvider', (t) =>
  t.field({
    type: UpdateProviderPayload,
    description:
      "Edits a provider's master data (not status or ban). Insurer admins: providers registered with their insurer.",
    authScopes: { roles: CAN.manageParties },
    args: { input: t.arg({ type: UpdateProviderInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateProvider(commandContext(ctx), {
        ...input,
        id: rawId(input.id),
        nameZh: keep(input.nameZh),
        nameEn: keep(input.nameEn),
        licenceScope: keep(input.licenceScope),
        ownership: keep(input.ownership),
        regionCode: keep(input.regionCode),
      }),
  }),
);

const UpdatePartnerInput = builder.inputType('UpdatePartnerInput', {
  fields: (t) => ({
    id: t.globalID({ for: Partner }),
    expectedVersion: t.int(),
    nameZh: t.string({ required: false }),
    nameEn: t.string({ required: false }),
    kind: t.field({ type: PartnerKind, required: false }),
  }),
});

const UpdatePartnerPayload = builder
  .objectRef<{ partner: PartnerRow; auditSeq: bigint }>('UpdatePartnerPayload')
  .implement({
    fields: (t) => ({
      partner: t.field({ type: Partner, resolve: (p) => p.partner }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('updatePartner', (t) =>
  t.field({
    type: UpdatePartnerPayload,
    description: "Edits a partner's master data. Platform admin only (partners are national master data).",
    authScopes: { roles: CAN.manageParties },
    args: { input: t.arg({ type: UpdatePartnerInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updatePartner(commandContext(ctx), {
        id: rawId(input.id),
        expectedVersion: input.expectedVersion,
        nameZh: keep(input.nameZh),
        nameEn: keep(input.nameEn),
        kind: keep(input.kind),
      }),
  }),
);

const UpdatePhysicianInput = builder.inputType('UpdatePhysicianInput', {
  fields: (t) => ({
    id: t.globalID({ for: Physician }),
    expectedVersion: t.int(),
    nameZh: t.string({ required: false }),
    nameEn: t.string({ required: false }),
    licenceNumber: t.string({ required: false }),
    profession: t.field({ type: PractitionerProfession, required: false }),
  }),
});

const UpdatePhysicianPayload = builder
  .objectRef<{ physician: PhysicianRow; auditSeq: bigint }>('UpdatePhysicianPayload')
  .implement({
    fields: (t) => ({
      physician: t.field({ type: Physician, resolve: (p) => p.physician }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('updatePhysician', (t) =>
  t.field({
    type: UpdatePhysicianPayload,
    description:
      "Edits a physician's master data (not the ID number, status or billing suspension). Insurer admins: physicians whose primary provider is registered with their insurer.",
    authScopes: { roles: CAN.manageParties },
    args: { input: t.arg({ type: UpdatePhysicianInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updatePhysician(commandContext(ctx), {
        id: rawId(input.id),
        expectedVersion: input.expectedVersion,
        nameZh: keep(input.nameZh),
        nameEn: keep(input.nameEn),
        licenceNumber: keep(input.licenceNumber),
        profession: keep(input.profession),
      }),
  }),
);
