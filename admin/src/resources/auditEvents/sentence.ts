import { formatDate, formatYuanWords } from '../../common/format.js';

/**
 * An audit event as a person reads it: one sentence (who did what to which record) and its
 * labelled details: states translated, money in yuan, dates as dates. Ids, versions and
 * internal bookkeeping are left out; the record and the actor appear by name.
 */
export interface AuditEventLike {
  type: string;
  entityType: string;
  actorType: string;
  actorName?: string | null;
  subjectName?: string | null;
  data: unknown;
}

export interface SentenceDetail {
  label: string;
  value: string;
}

export interface Sentence {
  actor: string;
  action: string;
  entity: string;
  name: string | null;
  details: SentenceDetail[];
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The status enum of each entity whose events carry fromStatus/toStatus. */
const STATUS_ENUM: Record<string, string> = {
  Agreement: 'AgreementStatus',
  Penalty: 'PenaltyStatus',
  Finding: 'FindingStatus',
  TipOff: 'TipOffStatus',
};

/** Data keys shown as an enum label, and the enum. */
const ENUM_KEYS: Record<string, string> = {
  measure: 'PenaltyMeasure',
  decision: 'AppealDecision',
  source: 'FindingSource',
  target: 'PenaltyTarget',
  family: 'AgreementFamily',
};

/** Data keys shown as text, with their label's message key. */
const TEXT_KEYS: Record<string, string> = {
  reason: 'console.auditFields.reason',
  decisionReason: 'console.auditFields.reason',
  legalBasis: 'console.auditFields.legalBasis',
  clauseRef: 'console.auditFields.clauseRef',
  grounds: 'console.auditFields.grounds',
  description: 'console.auditFields.description',
  multiple: 'console.auditFields.multiple',
  durationMonths: 'console.auditFields.durationMonths',
  violationTypeCode: 'console.auditFields.violationType',
};

/** Reasons the hub writes itself (no person typed them), shown in the clerk's language. */
const SYSTEM_REASONS: Record<string, string> = {
  drafted: 'console.systemReasons.drafted',
  signed: 'console.systemReasons.signed',
  'term ended': 'console.systemReasons.termEnded',
  'term started': 'console.systemReasons.termStarted',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function systemReason(reason: string, translate: Translate): string {
  const key = SYSTEM_REASONS[reason];
  return key ? translate(key) : reason;
}

export function auditSentence(event: AuditEventLike, translate: Translate, locale: string): Sentence {
  const data = (event.data && typeof event.data === 'object' ? event.data : {}) as Record<string, unknown>;
  const enumLabel = (name: string, value: unknown) =>
    translate(`enums.${name}.${String(value)}`, { _: String(value) });
  const details: SentenceDetail[] = [];

  const statusEnum = STATUS_ENUM[event.entityType];
  if (statusEnum && (data.fromStatus || data.toStatus)) {
    const from = data.fromStatus ? enumLabel(statusEnum, data.fromStatus) : null;
    const to = data.toStatus ? enumLabel(statusEnum, data.toStatus) : null;
    details.push({
      label: translate('console.auditFields.status'),
      value: [from, to].filter(Boolean).join(' → '),
    });
  }
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined || value === '') continue;
    if (/Fen$/.test(key)) {
      details.push({
        label: translate(`console.auditFields.${key}`, { _: translate('console.auditFields.amountFen') }),
        value: formatYuanWords(value as string, locale),
      });
    } else if (ENUM_KEYS[key]) {
      details.push({
        label: translate(`console.auditFields.${key}`),
        value: enumLabel(ENUM_KEYS[key], value),
      });
    } else if (TEXT_KEYS[key] && typeof value !== 'object' && !UUID.test(String(value))) {
      const text = key === 'reason' ? systemReason(String(value), translate) : String(value);
      details.push({ label: translate(TEXT_KEYS[key]), value: text });
    } else if (
      /(On|From|Until)$/.test(key) &&
      typeof value === 'string' &&
      /^\d{4}-\d{2}-\d{2}/.test(value)
    ) {
      details.push({
        label: translate(`console.auditFields.${key}`, { _: translate('console.auditFields.date') }),
        value: formatDate(value, locale),
      });
    }
  }

  const actor =
    event.actorName ??
    (event.actorType === 'SYSTEM'
      ? translate('console.audit.system')
      : translate(`enums.ActorType.${event.actorType}`));
  return {
    actor,
    action: translate(`eventTypes.${event.type}`, { _: event.type }),
    entity: translate(`console.entities.${event.entityType}`, { _: event.entityType }),
    name: event.subjectName ?? null,
    details,
  };
}

/** The sentence as one line of text (exports, tests): "王经办：申诉已决定（处理决定 PEN-…）。状态：申诉中 → 减轻；…" */
export function sentenceText(s: Sentence, locale: string): string {
  const subject = s.name ? `${s.entity} ${s.name}` : s.entity;
  const head =
    locale === 'en' ? `${s.actor}: ${s.action} (${subject}).` : `${s.actor}：${s.action}（${subject}）。`;
  const sep = locale === 'en' ? '; ' : '；';
  const colon = locale === 'en' ? ': ' : '：';
  return s.details.length === 0
    ? head
    : `${head} ${s.details.map((d) => `${d.label}${colon}${d.value}`).join(sep)}`;
}
