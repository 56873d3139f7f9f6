import { z } from 'zod';
import { builder } from '../builder.js';
import { JudgementLevel } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { tuneRule, type TuneRuleResult } from '../../server/domain/monitoring/tune-rule.js';
import { ruleDefinition } from '../../server/domain/monitoring/rules/index.js';
import { AuditRule } from './audit-rule.js';
import { actorName } from './audit-event-names.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId } from './mutation-payloads.js';

/** 规则库 tuning: an insurer's rule parameters, judgement level, blocking and enabled, versioned. */

builder.prismaObject('AuditRuleVersion', {
  authScopes: { roles: CAN.read },
  fields: (t) => ({
    version: t.exposeInt('version'),
    parameters: t.expose('parameters', { type: 'JSON' }),
    judgementLevel: t.expose('judgementLevel', { type: JudgementLevel }),
    blocking: t.exposeBoolean('blocking'),
    active: t.exposeBoolean('active'),
    note: t.exposeString('note', { nullable: true }),
    actorType: t.exposeString('actorType'),
    actorId: t.exposeString('actorId'),
    actorName: t.string({
      nullable: true,
      description: "Who tuned it: the user's or API client's name, for the viewer's own organisation only.",
      resolve: (v, _args, ctx) => actorName(ctx.viewer, v.actorType, v.actorId),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields(AuditRule, (t) => ({
  versions: t.relation('versions', { description: 'Every tuning of this rule, newest first.', query: { orderBy: { version: 'desc' }, take: 100 } }),
  parameterSchema: t.field({
    type: 'JSON',
    nullable: true,
    description: 'JSON Schema of the parameters an insurer may tune (null: the rule has no shipped definition).',
    resolve: (r) => {
      const d = r.ruleKey ? ruleDefinition(r.ruleKey) : undefined;
      if (!d) return null;
      const schema = z.toJSONSchema(z.object(d.parameterSchema ?? {}).strict()) as Record<string, unknown>;
      return { ...schema, default: d.defaults.parameters };
    },
  }),
}));

const TuneRuleInput = builder.inputType('TuneRuleInput', {
  fields: (t) => ({
    ruleId: t.globalID({ for: AuditRule }),
    expectedVersion: t.int({ required: false, description: 'The version you tuned (STALE_VERSION if it changed since).' }),
    parameters: t.field({ type: 'JSON', required: false, description: 'Parameters to set (see parameterSchema); a parameter set to null returns to its default.' }),
    judgementLevel: t.field({ type: JudgementLevel, required: false }),
    blocking: t.boolean({ required: false, description: 'Only a violation rule may block.' }),
    active: t.boolean({ required: false }),
    note: t.string({ required: false, description: 'Why (kept with the version).' }),
  }),
});

const TuneRulePayload = builder.objectRef<TuneRuleResult>('TuneRulePayload').implement({
  fields: (t) => ({
    rule: t.field({ type: AuditRule, resolve: (p) => p.rule }),
    auditSeq: t.string({ nullable: true, description: `${AUDIT_SEQ_DESCRIPTION} Null when the rule already had these settings.`, resolve: (p) => p.auditSeq?.toString() ?? null }),
  }),
});

builder.mutationField('tuneRule', (t) =>
  t.field({
    type: TuneRulePayload,
    description: 'Tunes an insurer’s rule; the change is the rule’s next version and applies to checks, settlements and screenings from then on.',
    authScopes: { roles: CAN.manageMonitoring },
    args: { input: t.arg({ type: TuneRuleInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      tuneRule(commandContext(ctx), { ...input, ruleId: rawId(input.ruleId), parameters: input.parameters as Record<string, unknown> | null | undefined }),
  }),
);
