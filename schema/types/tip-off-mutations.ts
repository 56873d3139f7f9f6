import { builder } from '../builder.js';
import { TipOffChannel } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type { TipOff as TipOffRow } from '../../server/db/generated/prisma/client.js';
import { receiveTipOff } from '../../server/domain/tip-offs/receive-tip-off.js';
import { verifyTipOff } from '../../server/domain/tip-offs/verify-tip-off.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { TipOff } from './tip-off.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

function tipOffPayload(name: string) {
  return builder.objectRef<{ tipOff: TipOffRow; auditSeq: bigint }>(name).implement({
    fields: (t) => ({
      tipOff: t.field({ type: TipOff, resolve: (p) => p.tipOff }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });
}

const ReceiveTipOffInput = builder.inputType('ReceiveTipOffInput', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false, description: 'Platform admins only.' }),
    providerId: t.globalID({ for: Provider, required: false }),
    channel: t.field({ type: TipOffChannel }),
    summary: t.string(),
    reporterContact: t.string({ required: false }),
  }),
});

builder.mutationField('receiveTipOff', (t) =>
  t.field({
    type: tipOffPayload('ReceiveTipOffPayload'),
    description: 'Registers a public tip-off (举报).',
    authScopes: { roles: CAN.manageSupervision },
    args: { input: t.arg({ type: ReceiveTipOffInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      receiveTipOff(commandContext(ctx), {
        ...input,
        insurerId: rawId(input.insurerId),
        providerId: rawId(input.providerId),
      }),
  }),
);

const TipOffOutcome = builder.enumType('TipOffOutcome', { values: ['VERIFIED', 'UNFOUNDED'] as const });

const VerifyTipOffInput = builder.inputType('VerifyTipOffInput', {
  fields: (t) => ({
    id: t.globalID({ for: TipOff }),
    expectedVersion: t.int(),
    outcome: t.field({ type: TipOffOutcome }),
    verifiedAmountFen: t.field({
      type: 'Fen',
      required: false,
      description: 'VERIFIED only: 查实欺诈骗保金额.',
    }),
  }),
});

builder.mutationField('verifyTipOff', (t) =>
  t.field({
    type: tipOffPayload('VerifyTipOffPayload'),
    description:
      'Closes a tip-off investigation; a verified one gets its reward (≥ 50,000 yuan: up to 1 %, at most 100,000 yuan).',
    authScopes: { roles: CAN.manageSupervision },
    args: { input: t.arg({ type: VerifyTipOffInput, required: true }) },
    resolve: (_root, { input }, ctx) => verifyTipOff(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);
