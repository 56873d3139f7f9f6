import { z } from 'zod';
import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 多点执业签到不符: a physician billing at a site other than the primary one with no sign-in
 * there covering the visit (an open sign-in counts for `openSignInHours`).
 */
export const physicianOffSite: RuleDefinition = {
  key: 'PHYSICIAN_OFF_SITE',
  nameZh: '医师非主执业机构无签到诊疗',
  nameEn: 'Physician billing at a non-primary site outside a sign-in',
  defaults: { kind: 'SUSPICIOUS', judgementLevel: 'HIGHLY_SUSPECTED', blocking: false, parameters: { openSignInHours: 12 }, violationTypeCode: 'SIGN_IN_RECORD_MISMATCH' },
  parameterSchema: { openSignInHours: z.number().int().min(1).max(72) },
  moments: ALL_MOMENTS,
  sql: (s) => `
    select c.claim_id, c.fund_fen, jsonb_build_object('physicianId', c.physician_id)
    from tc c join "Physician" ph on ph.id = c.physician_id
    where c.visit_type <> 'INPATIENT' and ph."primaryProviderId" <> c.provider_id
      and not exists (
        select 1 from "PracticeSignIn" si
        where si."physicianId" = c.physician_id and si."providerId" = c.provider_id and si."signedInAt" <= c.settled_at
          and coalesce(si."signedOutAt", si."signedInAt" + make_interval(hours => (${s.param('openSignInHours')})::int)) >= c.settled_at)`,
  explain: (_d) => ({
    zh: '医师在非主执业机构结算，结算时无有效的多点执业签到',
    en: 'the physician billed at a non-primary practice site without a sign-in covering the settlement',
  }),
};
