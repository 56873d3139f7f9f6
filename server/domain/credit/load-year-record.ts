import type { Tx } from '../../db/database.js';
import type { CreditSubjectType } from '../../db/generated/prisma/enums.js';
import type { YearRecord } from './standard.js';
import { startOfAgencyDay } from '../shared/local-date.js';
import { STANDING_FINDING, STANDING_PENALTY } from '../penalties/rules.js';

/**
 * The subject's record with one insurer in one year: confirmed findings (penalised or closed,
 * found in the year, not cleared by overturning every penalty issued on them), penalties issued
 * in the year and not overturned (closed after an overturn neither), published assessments of
 * the year. Partners are graded on their assessments (they are never the violator of a finding).
 */
export async function loadYearRecord(
  tx: Tx,
  insurerId: string,
  subjectType: CreditSubjectType,
  subjectId: string,
  year: number,
): Promise<YearRecord> {
  // Findings are dated (foundOn); penalties are stamped (issuedAt), so their year runs from
  // midnight on 1 January on the agency's calendar (16:00 UTC the day before in Beijing).
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const issued = { gte: startOfAgencyDay(from), lt: startOfAgencyDay(to) };
  const who =
    subjectType === 'PROVIDER'
      ? { providerId: subjectId }
      : subjectType === 'PHYSICIAN'
        ? { physicianId: subjectId }
        : { id: { in: [] as string[] } };
  const [findings, penalties, assessments] = await Promise.all([
    tx.finding.findMany({
      where: {
        ...who,
        agreement: { insurerId },
        foundOn: { gte: from, lt: to },
        status: { in: ['PENALISED', 'CLOSED'] },
        ...STANDING_FINDING,
      },
      include: { violationType: true },
      orderBy: [{ foundOn: 'asc' }, { id: 'asc' }],
    }),
    tx.penalty.findMany({
      where: {
        ...who,
        target: subjectType === 'PHYSICIAN' ? 'PHYSICIAN' : 'PROVIDER',
        agreement: { insurerId },
        AND: [STANDING_PENALTY, { issuedAt: issued }],
      },
      include: { finding: { select: { partnerId: true } } },
      orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }],
    }),
    subjectType === 'PHYSICIAN'
      ? Promise.resolve([])
      : tx.assessment.findMany({
          where: {
            year,
            status: 'PUBLISHED',
            agreement: {
              insurerId,
              ...(subjectType === 'PROVIDER' ? { providerId: subjectId } : { partnerId: subjectId }),
            },
          },
          include: { agreement: { select: { number: true } } },
        }),
  ]);
  return {
    findings: findings.map((f) => ({
      number: f.number,
      category: f.violationType.category,
      nameZh: f.violationType.nameZh,
      nameEn: f.violationType.nameEn,
      partnerId: f.partnerId,
    })),
    penalties: penalties.map((p) => ({ number: p.number, measure: p.measure, partnerId: p.finding.partnerId })),
    assessments: assessments.map((a) => ({
      ref: `${a.agreement.number}/${a.year}`,
      result: a.result,
      score: a.score.toFixed(2),
    })),
  };
}
