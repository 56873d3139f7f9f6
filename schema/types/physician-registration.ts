import { builder } from '../builder.js';
import { PractitionerProfession } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type { Physician as PhysicianRow } from '../../server/db/generated/prisma/client.js';
import { registerPhysician } from '../../server/domain/parties/register-physician.js';
import { Provider } from './provider.js';
import { Physician } from './physician.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

const RegisterPhysicianInput = builder.inputType('RegisterPhysicianInput', {
  fields: (t) => ({
    code: t.string({ description: '医保医师代码: D and 9 to 14 digits, unique nationally.' }),
    nameZh: t.string(),
    nameEn: t.string(),
    idNumber: t.string({ description: '18-character resident ID number (GB 11643, check character verified).' }),
    licenceNumber: t.string(),
    profession: t.field({ type: PractitionerProfession }),
    primaryProviderId: t.globalID({ for: Provider, description: 'The provider of the primary practice site.' }),
  }),
});

const RegisterPhysicianPayload = builder
  .objectRef<{ physician: PhysicianRow; auditSeq: bigint }>('RegisterPhysicianPayload')
  .implement({
    fields: (t) => ({
      physician: t.field({ type: Physician, resolve: (p) => p.physician }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('registerPhysician', (t) =>
  t.field({
    type: RegisterPhysicianPayload,
    description:
      '医保医师备案: registers a physician at the designated provider of their primary practice (that site from today). Insurer admins: providers registered with their insurer.',
    authScopes: { roles: CAN.manageParties },
    args: { input: t.arg({ type: RegisterPhysicianInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      registerPhysician(commandContext(ctx), { ...input, primaryProviderId: rawId(input.primaryProviderId) }),
  }),
);
