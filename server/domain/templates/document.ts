import { z } from 'zod';
import { IndicatorMetric, PenaltyMeasure } from '../../db/generated/prisma/enums.js';
import { clauseInput, indicatorInput, indicatorShape } from '../agreements/terms.js';
import { code, decimal } from '../shared/schemas.js';

/**
 * The document of one template version: clauses, each with the monitoring rules and control
 * indicators that check it and the penalty ladder it prescribes, and the control indicators
 * themselves (docs/domain/agreements.md "Terms", docs/domain/measures.md "Escalation").
 * Validated on every write and on every read, so a stored document is always this shape.
 */
export const ladderStepInput = z.object({
  measure: z.enum(PenaltyMeasure),
  /** Liquidated damages / deduction as a multiple of the violating amount, e.g. "2". */
  multiple: decimal.nullish(),
  /** Suspensions: their planned length. */
  durationMonths: z.number().int().min(1).max(60).nullish(),
});

export const ladderInput = z.object({
  /** Breaches of the clause within this many months of each other count as repeats. */
  windowMonths: z.number().int().min(1, 'at least 1 month').max(120, 'at most 120 months'),
  steps: z.array(ladderStepInput).min(1, 'a ladder has at least one step').max(10, 'at most 10 steps'),
});

export const templateClauseInput = clauseInput.extend({
  /** Monitoring rule codes (server/domain/catalogue) whose confirmed hits breach this clause. */
  ruleCodes: z
    .array(code(64))
    .max(50)
    .nullish()
    .transform((v) => v ?? []),
  /** Control indicators whose breach is a breach of this clause. */
  indicatorMetrics: z
    .array(z.enum(IndicatorMetric))
    .max(20)
    .nullish()
    .transform((v) => v ?? []),
  ladder: ladderInput.nullish(),
});

/** The lists without defaults, for edits where "absent" means "unchanged". */
export const clauseList = z
  .array(templateClauseInput)
  .max(500)
  .refine((cs) => new Set(cs.map((c) => c.clauseNo)).size === cs.length, 'clause numbers must be unique');
export const indicatorList = z
  .array(indicatorInput)
  .max(50)
  .refine((is) => new Set(is.map((i) => i.metric)).size === is.length, 'one indicator per metric');

export const templateDocument = {
  clauses: clauseList.default([]),
  indicators: indicatorList.default([]),
};

export type TemplateClause = z.infer<typeof templateClauseInput>;
export type TemplateIndicator = z.infer<typeof indicatorInput>;
export type Ladder = z.infer<typeof ladderInput>;

const storedClauses = z.array(templateClauseInput);
const storedIndicators = z.array(indicatorShape);

/** Reads a stored document back (written by this module, so a failure is a bug, not input). */
export function readClauses(json: unknown): TemplateClause[] {
  return storedClauses.parse(json);
}

export function readIndicators(json: unknown): TemplateIndicator[] {
  return storedIndicators.parse(json);
}

/** A clause may link only indicators the template defines. */
export function linkIssues(clauses: TemplateClause[], indicators: TemplateIndicator[]) {
  const defined = new Set(indicators.map((i) => i.metric));
  const issues: { path: (string | number)[]; message: string }[] = [];
  clauses.forEach((c, ci) =>
    c.indicatorMetrics.forEach((m, mi) => {
      if (!defined.has(m)) {
        issues.push({
          path: ['input', 'clauses', ci, 'indicatorMetrics', mi],
          message: 'the template defines no such indicator',
        });
      }
    }),
  );
  return issues;
}
