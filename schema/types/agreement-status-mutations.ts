import { builder } from '../builder.js';
import { SuspensionScope } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { signAgreement } from '../../server/domain/agreements/sign-agreement.js';
import { suspendAgreement } from '../../server/domain/agreements/suspend-agreement.js';
import { resumeAgreement } from '../../server/domain/agreements/resume-agreement.js';
import { terminateAgreement } from '../../server/domain/agreements/terminate-agreement.js';
import { renewAgreement } from '../../server/domain/agreements/renew-agreement.js';
import { Agreement } from './agreement.js';
import { agreementPayload } from './agreement-mutations.js';
import { commandContext, rawId } from './mutation-payloads.js';

/**
 * An agreement's status through its term: sign, suspend and resume, terminate, renew for the
 * next term. Each calls one command in server/domain/agreements/.
 */

const SignAgreementInput = builder.inputType('SignAgreementInput', {
  fields: (t) => ({
    id: t.globalID({ for: Agreement }),
    expectedVersion: t.int(),
    reason: t.string({ required: false }),
  }),
});

builder.mutationField('signAgreement', (t) =>
  t.field({
    type: agreementPayload(
      'SignAgreementPayload',
      'The signed agreement: ACTIVE, or SIGNED until its term starts.',
    ),
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: SignAgreementInput, required: true }) },
    resolve: (_root, { input }, ctx) => signAgreement(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const SuspendAgreementInput = builder.inputType('SuspendAgreementInput', {
  fields: (t) => ({
    id: t.globalID({ for: Agreement }),
    expectedVersion: t.int(),
    scope: t.field({
      type: SuspensionScope,
      description: 'AGREEMENT (暂停协议) or REAL_TIME_SETTLEMENT (暂停结算).',
    }),
    reason: t.string(),
    effectiveOn: t.field({
      type: 'Date',
      required: false,
      description: 'Defaults to today. Not in the future, not before the term began or the last suspension or resumption.',
    }),
  }),
});

builder.mutationField('suspendAgreement', (t) =>
  t.field({
    type: agreementPayload('SuspendAgreementPayload', 'The suspended agreement.'),
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: SuspendAgreementInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      suspendAgreement(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const ResumeAgreementInput = builder.inputType('ResumeAgreementInput', {
  fields: (t) => ({ id: t.globalID({ for: Agreement }), expectedVersion: t.int(), reason: t.string() }),
});

builder.mutationField('resumeAgreement', (t) =>
  t.field({
    type: agreementPayload('ResumeAgreementPayload', 'The resumed (ACTIVE) agreement.'),
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: ResumeAgreementInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      resumeAgreement(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const TerminateAgreementInput = builder.inputType('TerminateAgreementInput', {
  fields: (t) => ({
    id: t.globalID({ for: Agreement }),
    expectedVersion: t.int(),
    reason: t.string(),
    effectiveOn: t.field({
      type: 'Date',
      required: false,
      description:
        'Defaults to today; the 3-year re-application ban counts from it. Not in the future, not before the term began or the last suspension or resumption.',
    }),
  }),
});

builder.mutationField('terminateAgreement', (t) =>
  t.field({
    type: agreementPayload(
      'TerminateAgreementPayload',
      'The terminated agreement; its provider is banned from re-applying for 3 years.',
    ),
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: TerminateAgreementInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      terminateAgreement(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const RenewAgreementInput = builder.inputType('RenewAgreementInput', {
  fields: (t) => ({
    id: t.globalID({ for: Agreement }),
    expectedVersion: t.int(),
    reason: t.string({ required: false }),
    number: t.string({
      required: false,
      description: 'Number of the new agreement, unique within the insurer; generated when omitted.',
    }),
  }),
});

builder.mutationField('renewAgreement', (t) =>
  t.field({
    type: agreementPayload(
      'RenewAgreementPayload',
      'The new DRAFT agreement for the next term (`renewedFrom` is the old one).',
    ),
    description:
      'Renews an ACTIVE or EXPIRED agreement near its term end. Refused after a failed annual assessment.',
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: RenewAgreementInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      renewAgreement(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);
