import { z } from 'zod';
import type { Detail, Explanation } from './explain.js';
import type { RuleKind, RuleStage, JudgementLevel } from '../../../db/generated/prisma/enums.js';

/**
 * The relations a rule's SQL reads. The same rule text runs over a whole screening chunk
 * (after settlement) or over one submitted claim plus its insured person's stored history
 * (before / during settlement): only what these names stand for changes.
 *
 * - `tc` claims under judgement; `tl` their lines (join on claim_id)
 * - `hc` / `hl` claims and lines to compare with (history; includes `tc`/`tl`)
 * - `kb` the insurer's active knowledge entries
 *
 * Claim columns: claim_id, settlement_id, settlement_month, insurer_id, provider_id,
 * agreement_id, physician_id, person_id, insurance_type, visit_type, admitted_on,
 * discharged_on, settled_at, visit_day, diagnoses, settlement_category, total_fen, fund_fen,
 * account_fen, self_fen, person_sex, person_birth_date, person_suspended_until (term of a settlement
 * suspension not yet restored), person_suspended_from (its first day), person_restored_on (the day a
 * suspension was lifted; person_suspended_until is then null), interim_settlement (中途结算: a part of
 * a stay that goes on from discharged_on).
 * Line columns: claim_id, settlement_month, line_no, code, name, category, quantity,
 * unit_price_fen, amount_fen, days_supply, prescription_no, prescribed_on, served_on.
 */
export interface RuleSql {
  /** A parameter of this rule as SQL text (jsonb ->> text; cast it yourself). */
  param(name: string): string;
  /** A parameter that is a JSON array, as SQL text[] */
  paramList(name: string): string;
}

export interface RuleDefinition {
  key: string;
  nameZh: string;
  nameEn: string;
  /** What an insurer's rule of this key defaults to when it is first installed. */
  defaults: {
    kind: RuleKind;
    judgementLevel: JudgementLevel;
    blocking: boolean;
    parameters: Record<string, unknown>;
    /** Catalogue violation type code a confirmed hit becomes. */
    violationTypeCode: string | null;
  };
  moments: RuleStage[];
  /**
   * What an insurer may tune: each parameter's type and range (a parameter not named here is
   * refused). Absent: the rule takes no parameters.
   */
  parameterSchema?: Record<string, z.ZodType>;
  /**
   * One SELECT yielding (claim_id uuid, amount_fen bigint, detail jsonb) for each offence
   * found in `tc`; several rows for one claim are summed into one hit.
   */
  sql(s: RuleSql): string;
  /**
   * What one offence row means, in words (zh and en), from the `detail` object the SQL built:
   * the reviewer and the provider read why the claim was flagged, not only the rule's name.
   */
  explain(detail: Detail): Explanation;
}

export const ALL_MOMENTS: RuleStage[] = ['BEFORE', 'DURING', 'AFTER'];

/** A tunable list of catalogue code prefixes (bed fees, services a pharmacy may charge). */
export const codePrefixes = () => z.array(z.string().regex(/^[0-9A-Z]{1,20}$/, 'must be a catalogue code prefix')).max(50);
