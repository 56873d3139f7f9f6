import { z } from 'zod';
import type { Tx } from '../../db/database.js';
import {
  Comparator,
  IndicatorMetric,
  IndicatorUnit,
  PenaltyMeasure,
} from '../../db/generated/prisma/enums.js';
import { date, decimal, optionalText, text, line, code } from '../shared/schemas.js';

/** Clauses (条款) and control indicators (基金支付控制指标) of one agreement version. */
export const clauseInput = z.object({
  clauseNo: line(32),
  titleZh: line(200),
  titleEn: line(200),
  bodyZh: text(20_000),
  bodyEn: text(20_000),
});

/** An indicator as stored (reads of older documents stay lenient). */
export const indicatorShape = z.object({
  metric: z.enum(IndicatorMetric),
  comparator: z.enum(Comparator),
  threshold: decimal,
  unit: z.enum(IndicatorUnit),
  breachMeasure: z.enum(PenaltyMeasure).nullish(),
});

/**
 * An indicator as written: every metric is an amount, a rate, days, a count or points, none
 * below zero; a rate is at most 100 %; money is whole fen (docs/domain/agreements.md "Terms").
 */
export const indicatorInput = indicatorShape.superRefine((i, ctx) => {
  const n = Number(i.threshold);
  if (n < 0) ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'must not be negative' });
  else if (i.unit === 'PERCENT' && n > 100)
    ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'a percentage is at most 100' });
  else if (i.unit === 'FEN' && !/^\d+(\.0+)?$/.test(i.threshold))
    ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'an integer amount of fen' });
});

export const versionTerms = {
  templateCode: code(64),
  templateVersion: line(32),
  changeNote: optionalText(2000),
  clauses: z
    .array(clauseInput)
    .max(500)
    .default([])
    .refine((cs) => new Set(cs.map((c) => c.clauseNo)).size === cs.length, 'clause numbers must be unique'),
  indicators: z
    .array(indicatorInput)
    .max(50)
    .default([])
    .refine((is) => new Set(is.map((i) => i.metric)).size === is.length, 'one indicator per metric'),
};

export type ClauseInput = z.infer<typeof clauseInput>;
export type IndicatorInput = z.infer<typeof indicatorInput>;

export { date };

/** Writes one AgreementVersion with its clauses and indicators. */
export async function createVersion(
  tx: Tx,
  v: {
    agreementId: string;
    versionNo: number;
    templateCode: string;
    templateVersion: string;
    changeNote?: string | null;
    effectiveFrom: Date;
    clauses: ClauseInput[];
    indicators: IndicatorInput[];
  },
) {
  return tx.agreementVersion.create({
    data: {
      agreementId: v.agreementId,
      versionNo: v.versionNo,
      templateCode: v.templateCode,
      templateVersion: v.templateVersion,
      changeNote: v.changeNote ?? null,
      effectiveFrom: v.effectiveFrom,
      clauses: { create: v.clauses },
      indicators: { create: v.indicators.map((i) => ({ ...i, breachMeasure: i.breachMeasure ?? null })) },
    },
  });
}
