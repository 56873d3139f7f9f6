import type { PenaltyMeasure } from '../../db/generated/prisma/enums.js';
import type { FieldIssue } from '../errors.js';
import { fieldMessageZh } from '../field-messages.js';
import { calculatePenalty } from '../penalties/calculate.js';
import { measureWord } from '../words.js';
import type { TemplateClause } from './document.js';

/**
 * A clause's ladder is checked when the template is written, not when a breach reaches it:
 * confirming a rule hit proposes the step's penalty in the confirming transaction
 * (ladder-on-confirm.ts), so a step no proposal could carry (违约金 without its multiple, a
 * suspension longer than a suspension may last) would refuse every confirmation of that
 * clause with an error about a field the clerk never saw.
 *
 * What a step must be:
 * - a penalty of the provider that breached the clause: a physician's or an insured person's
 *   suspension names a person no clause breach names;
 * - a valid proposal of its measure (calculatePenalty: a multiple within its range, a
 *   duration within its range, none where the measure takes none);
 * - no milder than the step before it. Agencies escalate on repeat breaches, and S2 orders the
 *   agreement measures 限期整改、暂停结算、暂停协议、解除协议 (docs/domain/measures.md,
 *   "Escalation"), after talks and warnings and money measures; termination ends the
 *   agreement, so it can only be the last step. Referral, disclosure and blacklisting stand
 *   beside that order and may come at any step.
 */
const ESCALATION_RANK: Partial<Record<PenaltyMeasure, number>> = {
  FORMAL_TALK: 1,
  WARNING: 1,
  PUBLIC_CRITICISM: 1,
  RECTIFICATION: 2,
  RECOVERY: 3,
  DEDUCTION: 3,
  PAYMENT_REFUSAL: 3,
  LIQUIDATED_DAMAGES: 3,
  SETTLEMENT_SUSPENSION: 4,
  AGREEMENT_SUSPENSION: 5,
  AGREEMENT_TERMINATION: 6,
};

const PERSON_MEASURES: readonly PenaltyMeasure[] = [
  'PHYSICIAN_BILLING_SUSPENSION',
  'INSURED_SETTLEMENT_SUSPENSION',
];

/** A day far enough ahead for calculatePenalty: the ladder sets the real deadline when it proposes. */
const SOME_DEADLINE = new Date('2100-01-01T00:00:00Z');

export function ladderIssues(clauses: TemplateClause[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  clauses.forEach((clause, ci) => {
    let heaviest: { rank: number; stepNo: number; measure: PenaltyMeasure } | null = null;
    clause.ladder?.steps.forEach((step, si) => {
      const stepNo = si + 1;
      const where = {
        en: `clause ${clause.clauseNo}, step ${stepNo}`,
        zh: `第 ${clause.clauseNo} 条第 ${stepNo} 级`,
      };
      const at = (field: string, en: string, zh: string) =>
        issues.push({
          path: ['input', 'clauses', ci, 'ladder', 'steps', si, field],
          message: `${where.en}: ${en}`,
          messageZh: `${where.zh}：${zh}`,
        });
      const measure = step.measure;
      const word = measureWord(measure);
      if (PERSON_MEASURES.includes(measure)) {
        at(
          'measure',
          `a ladder penalises the provider that breached the clause; ${word.en} names a person`,
          `阶梯处理针对违约的定点医药机构，${word.zh}针对个人，不能作为阶梯处理`,
        );
        return;
      }
      const calculated = calculatePenalty({
        measure,
        violatingAmountFen: 0n,
        multiple: step.multiple ?? null,
        durationMonths: step.durationMonths ?? null,
        rectificationDueOn: measure === 'RECTIFICATION' ? SOME_DEADLINE : null,
      });
      if (!calculated.ok)
        for (const issue of calculated.issues)
          at(String(issue.path.at(-1)), issue.message, issue.messageZh ?? fieldMessageZh(issue.message));
      if (heaviest?.measure === 'AGREEMENT_TERMINATION') {
        at(
          'measure',
          `termination ends the agreement, so step ${heaviest.stepNo} must be the last`,
          `解除协议后协议即终止，第 ${heaviest.stepNo} 级须为最后一级`,
        );
        return;
      }
      const rank = ESCALATION_RANK[measure];
      if (rank === undefined) return;
      if (heaviest && rank < heaviest.rank) {
        const before = measureWord(heaviest.measure);
        at(
          'measure',
          `a repeat breach is not treated more mildly than the one before: ${word.en} is milder than step ${heaviest.stepNo} (${before.en})`,
          `重复违约的处理不得轻于前一级：${word.zh}轻于第 ${heaviest.stepNo} 级（${before.zh}）`,
        );
      }
      if (!heaviest || rank >= heaviest.rank) heaviest = { rank, stepNo, measure };
    });
  });
  return issues;
}
