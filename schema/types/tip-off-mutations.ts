import { builder } from '../builder.js';
import { TipOffChannel } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type { TipOff as TipOffRow } from '../../server/db/generated/prisma/client.js';
import { receiveTipOff } from '../../server/domain/tip-offs/receive-tip-off.js';
import { verifyTipOff } from '../../server/domain/tip-offs/verify-tip-off.js';
import { assignTipOff } from '../../server/domain/tip-offs/assign-tip-off.js';
import { approveTipOffReward } from '../../server/domain/tip-offs/approve-tip-off-reward.js';
import { payTipOffReward } from '../../server/domain/tip-offs/pay-tip-off-reward.js';
import { Partner } from './partner.js';
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

const AssignTipOffInput = builder.inputType('AssignTipOffInput', {
  fields: (t) => ({
    id: t.globalID({ for: TipOff }),
    expectedVersion: t.int(),
    assigneeUserId: t.string({ required: false, description: 'A staff member (admin or auditor) of the insurer: the user id.' }),
    assigneePartnerId: t.globalID({ for: Partner, required: false, description: 'Or a partner entrusted with supervisory work.' }),
    investigationDueOn: t.field({ type: 'Date', required: false, description: 'Default: 60 days from today.' }),
  }),
});

builder.mutationField('assignTipOff', (t) =>
  t.field({
    type: tipOffPayload('AssignTipOffPayload'),
    description: 'RECEIVED → INVESTIGATING (or reassign): to agency staff or an entrusted partner, with a due date.',
    authScopes: { roles: CAN.manageSupervision },
    args: { input: t.arg({ type: AssignTipOffInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      assignTipOff(commandContext(ctx), { ...input, id: rawId(input.id), assigneePartnerId: rawId(input.assigneePartnerId) }),
  }),
);

const TipOffStepInput = builder.inputType('TipOffStepInput', {
  fields: (t) => ({
    id: t.globalID({ for: TipOff }),
    expectedVersion: t.int(),
    rewardFen: t.field({
      type: 'Fen',
      required: false,
      description: 'The reward approved: at most the maximum computed at verification (不高于1%), at least 0.01 yuan; omitted: that maximum. None for a commendation.',
    }),
  }),
});

builder.mutationField('approveTipOffReward', (t) =>
  t.field({
    type: tipOffPayload('ApproveTipOffRewardPayload'),
    description: 'VERIFIED → REWARD_APPROVED: the reward computed at verification, or a lower amount, is approved.',
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: TipOffStepInput, required: true }) },
    resolve: (_root, { input }, ctx) => approveTipOffReward(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const PayTipOffRewardInput = builder.inputType('PayTipOffRewardInput', {
  fields: (t) => ({ id: t.globalID({ for: TipOff }), expectedVersion: t.int(), paymentRef: t.string() }),
});

builder.mutationField('payTipOffReward', (t) =>
  t.field({
    type: tipOffPayload('PayTipOffRewardPayload'),
    description: 'REWARD_APPROVED → REWARDED: the reward was paid (or the commendation given), with its voucher reference.',
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: PayTipOffRewardInput, required: true }) },
    resolve: (_root, { input }, ctx) => payTipOffReward(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);
