import type {
  AgreementAction,
  AgreementFamily,
  AgreementKind,
  AgreementStatus,
  EntrustedWork,
} from '../../db/generated/prisma/enums.js';
import type { FieldIssue } from '../errors.js';
import { agencyDay } from '../shared/local-date.js';
import { addDays, addMonths, addYears, daysBetween, isoDate, utcDay } from '../shared/dates.js';

/**
 * Agreement lifecycle rules (docs/domain/agreements.md; S0 and S2 in docs/domain/sources.md). Pure functions: the
 * commands load state, ask these, then write.
 *
 *   DRAFT ─sign─► SIGNED (term starts later) ─activate─► ACTIVE
 *         └─sign─────────────────────────────────────► ACTIVE (term already started)
 *   ACTIVE ─suspend─► SUSPENDED ─resume─► ACTIVE            (暂停协议 / 暂停结算, S2 (docs/domain/sources.md))
 *   ACTIVE | SUSPENDED ─terminate─► TERMINATED              (解除协议 → 3-year ban, S2 (docs/domain/sources.md))
 *   SIGNED | ACTIVE | SUSPENDED ─expire (term end passed)─► EXPIRED
 *   amend: ACTIVE | SIGNED | SUSPENDED stay where they are, with a new version (re-signing on
 *   a new template, Ma'anshan's 585 agreements, S2 (docs/domain/sources.md))
 *   renew: ACTIVE | EXPIRED near/after term end → a new agreement for the next term
 */
type Status = AgreementStatus;

const FROM: Record<Exclude<AgreementAction, 'DRAFT'>, readonly Status[]> = {
  SIGN: ['DRAFT'],
  ACTIVATE: ['SIGNED'],
  AMEND: ['ACTIVE', 'SIGNED', 'SUSPENDED'],
  SUSPEND: ['ACTIVE'],
  RESUME: ['SUSPENDED'],
  TERMINATE: ['ACTIVE', 'SUSPENDED'],
  RENEW: ['ACTIVE', 'EXPIRED'],
  // SIGNED too: a term that ended before the job activated it is closed, not left signed forever.
  EXPIRE: ['SIGNED', 'ACTIVE', 'SUSPENDED'],
};

export function allowedFrom(action: Exclude<AgreementAction, 'DRAFT'>): readonly Status[] {
  return FROM[action];
}

export function canTransition(action: Exclude<AgreementAction, 'DRAFT'>, from: Status): boolean {
  return FROM[action].includes(from);
}

/** Where an allowed action leads. Signing a term that has not started yet leaves it SIGNED. */
export function targetStatus(
  action: Exclude<AgreementAction, 'DRAFT'>,
  from: Status,
  term: { startsOn: Date; today: Date },
): Status {
  switch (action) {
    case 'SIGN':
      return utcDay(term.startsOn) > agencyDay(term.today) ? 'SIGNED' : 'ACTIVE';
    case 'ACTIVATE':
    case 'RESUME':
      return 'ACTIVE';
    case 'SUSPEND':
      return 'SUSPENDED';
    case 'TERMINATE':
      return 'TERMINATED';
    case 'EXPIRE':
      return 'EXPIRED';
    case 'AMEND':
    case 'RENEW':
      return from;
  }
}

/** Seed 002 (Ma'anshan, 姚家寨康复医院): "解除…服务协议，3年内不得申请医保定点". */
export const REAPPLICATION_BAN_YEARS = 3;

export function reapplicationBannedUntil(terminatedOn: Date): Date {
  return addYears(utcDay(terminatedOn), REAPPLICATION_BAN_YEARS);
}

/** The ban runs up to and including the day before `bannedUntil`; on that day one may apply again. */
export function isBanned(bannedUntil: Date | null, today: Date): boolean {
  return bannedUntil !== null && utcDay(today) < utcDay(bannedUntil);
}

/**
 * Renewal is negotiated near term end. The seeds give no window; 90 days lets an agency
 * re-sign before the old term lapses (the hub's choice, documented in the README).
 */
export const RENEWAL_WINDOW_DAYS = 90;

export function isRenewalDue(endsOn: Date, today: Date): boolean {
  return daysBetween(today, endsOn) <= RENEWAL_WINDOW_DAYS;
}

/** A term has expired once its last day (`endsOn`, inclusive) is over. */
export function isPastTerm(endsOn: Date, today: Date): boolean {
  return utcDay(today) > utcDay(endsOn);
}

/**
 * The next term starts the day after the old one ends — or today, when that day is already
 * past (renewing an agreement that expired long ago must not propose a term that is over too,
 * which could never be signed) — and lasts as long as the old one: as many whole months (a
 * 1 Jan–31 Dec term renews as the next 1 Jan–31 Dec), or else as many days.
 */
export function nextTerm(startsOn: Date, endsOn: Date, today?: Date): { startsOn: Date; endsOn: Date } {
  const afterOld = addDays(utcDay(endsOn), 1);
  const nextStart = today && utcDay(today) > afterOld ? utcDay(today) : afterOld;
  const months =
    (afterOld.getUTCFullYear() - startsOn.getUTCFullYear()) * 12 + afterOld.getUTCMonth() - startsOn.getUTCMonth();
  const wholeMonths = months > 0 && addMonths(utcDay(startsOn), months).getTime() === afterOld.getTime();
  const nextEnd = wholeMonths
    ? addDays(addMonths(nextStart, months), -1)
    : addDays(nextStart, daysBetween(startsOn, endsOn));
  return { startsOn: nextStart, endsOn: nextEnd };
}

/**
 * A draft is signed into force only while its term has not ended: signing a term that is over
 * made it ACTIVE until the next expiry run. The issue names the field to correct (the draft's
 * `endsOn`, edited with updateDraftAgreement; a designation's own) and the day the term ended.
 */
export function endedTermIssues(endsOn: Date, today: Date): FieldIssue[] {
  if (!isPastTerm(endsOn, today)) return [];
  const last = isoDate(endsOn);
  return [
    {
      path: ['input', 'endsOn'],
      message: `the term ended on ${last}; give a term that has not ended`,
      messageZh: `协议期限已于 ${last} 届满，请改为尚未届满的期限`,
      messageEn: `the term ended on ${last}; give a term that has not ended`,
    },
  ];
}

const SERVICE_KINDS: readonly AgreementKind[] = [
  'MEDICAL_INSTITUTION_SERVICE',
  'RETAIL_PHARMACY_SERVICE',
  'OUTPATIENT_SERVICE',
  'CHRONIC_DISEASE_SERVICE',
  'MATERNITY_SERVICE',
  'WORK_INJURY_SERVICE',
];

/** Kinds of each family (docs/domain/agreements.md: service agreements insurer ↔ provider, partner agreements insurer ↔ partner). */
export function familyOf(kind: AgreementKind): AgreementFamily {
  return SERVICE_KINDS.includes(kind) ? 'SERVICE' : 'PARTNER';
}

/**
 * Party consistency: a service agreement names a provider and no partner; a partner agreement
 * names a partner, no provider, and the work entrusted (S0 §6 (docs/domain/sources.md)). Paths are input fields.
 */
export function partyIssues(input: {
  family: AgreementFamily;
  kind: AgreementKind;
  providerId?: string | null;
  partnerId?: string | null;
  entrustedWork?: readonly EntrustedWork[] | null;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (field: string, message: string) => issues.push({ path: ['input', field], message });
  if (familyOf(input.kind) !== input.family) {
    at('kind', `${input.kind} is a ${familyOf(input.kind)} agreement kind, not ${input.family}`);
  }
  if (input.family === 'SERVICE') {
    if (!input.providerId) at('providerId', 'a service agreement needs a provider');
    if (input.partnerId) at('partnerId', 'a service agreement has no partner');
    if (input.entrustedWork && input.entrustedWork.length > 0)
      at('entrustedWork', 'only partner agreements entrust work');
  } else {
    if (!input.partnerId) at('partnerId', 'a partner agreement needs a partner');
    if (input.providerId) at('providerId', 'a partner agreement has no provider');
    if (!input.entrustedWork || input.entrustedWork.length === 0)
      at('entrustedWork', 'a partner agreement names the entrusted work');
  }
  return issues;
}
