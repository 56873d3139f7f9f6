import { z } from 'zod';
import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/** 一卡多处就医: one insured card settled at `minProviders` or more providers on one day. */
export const cardAtSeveralProviders: RuleDefinition = {
  key: 'CARD_AT_SEVERAL_PROVIDERS',
  nameZh: '同一参保人同日多机构就医',
  nameEn: 'One insured card used at several providers on one day',
  defaults: { kind: 'SUSPICIOUS', judgementLevel: 'SUSPECTED', blocking: false, parameters: { minProviders: 3 }, violationTypeCode: 'INSURANCE_CARD_MISUSE' },
  parameterSchema: { minProviders: z.number().int().min(2).max(20) },
  moments: ALL_MOMENTS,
  sql: (s) => `
    select c.claim_id, c.fund_fen, jsonb_build_object('providers', n.providers, 'day', c.visit_day)
    from tc c
    cross join lateral (
      select count(distinct h.provider_id) as providers from hc h
      where h.person_id = c.person_id and h.settled_at between c.settled_at - interval '1 day' and c.settled_at + interval '1 day'
        and h.visit_day = c.visit_day
    ) n
    where n.providers >= (${s.param('minProviders')})::int`,
  explain: (d) => ({
    zh: `${d.day} 同一参保人在 ${d.providers} 家定点机构结算`,
    en: `the insured person settled at ${d.providers} providers on ${d.day}`,
  }),
};
