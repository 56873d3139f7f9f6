import type { Tx } from '../../db/database.js';
import { DEFAULT_REVIEW_DEADLINES, type ReviewDeadlines } from './review-rules.js';

type Reader = Pick<Tx, 'reviewDeadlineSetting'>;

function pick(row: ReviewDeadlines): ReviewDeadlines {
  return {
    initialReviewDays: row.initialReviewDays,
    reexaminationDays: row.reexaminationDays,
    statementDays: row.statementDays,
    investigationDays: row.investigationDays,
    handlingDays: row.handlingDays,
  };
}

/** The insurer's deadlines, or the hub's defaults when it has not set its own. */
export async function loadReviewDeadlines(db: Reader, insurerId: string): Promise<ReviewDeadlines> {
  const row = await db.reviewDeadlineSetting.findUnique({ where: { insurerId } });
  return row ? pick(row) : { ...DEFAULT_REVIEW_DEADLINES };
}

/** Every insurer's own deadlines (few rows: one per insurer that configured them). */
export async function loadAllReviewDeadlines(db: Reader): Promise<Map<string, ReviewDeadlines>> {
  const rows = await db.reviewDeadlineSetting.findMany();
  return new Map(rows.map((r) => [r.insurerId, pick(r)]));
}
