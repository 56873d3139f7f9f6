import { actionWord, entityWord, stateWord } from './words.js';
import { fieldMessageZh } from './field-messages.js';
import { isForeignKeyViolation, isUniqueViolation } from '../db/connection-errors.js';

/**
 * Typed domain errors with stable codes. The GraphQL error formatter maps them to
 * `extensions.code`; messages come in zh-CN and en so every client can show one.
 */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'STALE_VERSION'
  | 'ILLEGAL_TRANSITION'
  | 'AGREEMENT_NOT_ACTIVE'
  | 'REAPPLICATION_BANNED'
  | 'ADMISSION_SCORE_TOO_LOW'
  | 'SANCTION_NOT_RUNNING'
  | 'SANCTION_TERM_RUNNING'
  | 'APPEAL_DEADLINE_PASSED'
  | 'APPEAL_PERIOD_RUNNING'
  | 'RENEWAL_NOT_DUE'
  | 'RENEWAL_BLOCKED'
  | 'TEMPLATE_NOT_PUBLISHED'
  | 'PAGE_SIZE_EXCEEDED'
  | 'RATE_LIMITED'
  | 'ACCOUNT_LOCKED'
  | 'SETTLEMENT_BLOCKED'
  | 'AMOUNT_OUT_OF_RANGE';


export interface LocalisedMessage {
  zh: string;
  en: string;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly messageZh: string;
  readonly details: Record<string, unknown>;

  constructor(code: DomainErrorCode, message: LocalisedMessage, details: Record<string, unknown> = {}) {
    super(message.en);
    this.name = 'DomainError';
    this.code = code;
    this.messageZh = message.zh;
    this.details = details;
  }
}

/**
 * One invalid input field; `path` names it as the client sent it, e.g. ["input", "endsOn"].
 * `message` is English; `messageZh` / `messageEn` are what a form shows beside the field
 * (filled by InputError when a rule gave only English).
 */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  messageZh?: string;
  messageEn?: string;
}

export class InputError extends DomainError {
  readonly issues: FieldIssue[];

  constructor(raw: FieldIssue[], message?: LocalisedMessage) {
    const issues = raw.map((i) => ({
      ...i,
      messageZh: i.messageZh ?? fieldMessageZh(i.message),
      messageEn: i.messageEn ?? i.message,
    }));
    super(
      'BAD_USER_INPUT',
      message ?? {
        zh: `输入有误：${issues.map((i) => i.messageZh).join('；')}`,
        // Field paths travel in `fields` for programs; the message is for people.
        en: `Invalid input: ${issues.map((i) => i.messageEn).join('; ')}`,
      },
      { issues },
    );
    this.issues = issues;
  }
}

/** The id stays in `extensions` for programs; the words name only the kind of record. */
export function notFound(entity: string, id: string): DomainError {
  const what = entityWord(entity);
  return new DomainError(
    'NOT_FOUND',
    { zh: `未找到该${what.zh}，或无权查看`, en: `${capitalise(what.en)} not found (or not visible to you)` },
    { entity, id },
  );
}

export function forbidden(action: string): DomainError {
  return new DomainError(
    'FORBIDDEN',
    { zh: `无权执行此操作：${action}`, en: `Not allowed: ${action}` },
    { action },
  );
}

/**
 * A lifecycle step not allowed from the current state: the record, the state and the step in
 * words in both languages ("该协议当前为“已暂停”，不能暂停"); the codes and the id stay in
 * `extensions` for programs.
 */
export function illegalTransition(
  entity: string,
  id: string,
  currentStatus: string,
  action: string,
): DomainError {
  const what = entityWord(entity);
  const state = stateWord(currentStatus);
  const step = actionWord(action);
  return new DomainError(
    'ILLEGAL_TRANSITION',
    {
      zh: `该${what.zh}当前为“${state.zh}”，不能${step.zh}`,
      en: `This ${what.en} is ${state.en}; it cannot ${step.en} from that state`,
    },
    { entity, id, currentStatus, action },
  );
}

/**
 * A write met a unique index (a concurrent write, or a rare clash of a generated number's random
 * suffix): the transaction rolled back whole, so sending the request again is safe. The same
 * CONFLICT shape (code, messageZh, messageEn) as every typed error, on /graphql and the upload routes.
 */
export function uniqueClash(): DomainError {
  return new DomainError('CONFLICT', {
    zh: '编号与已有记录冲突，未写入任何数据，请重试',
    en: 'A record with the same unique number already exists; nothing was written, retry the request',
  });
}

/**
 * A foreign key refused a row: a record the request names does not exist, or was deleted while
 * it ran. Commands check the records they name; this answers for one that did not (it was
 * INTERNAL_SERVER_ERROR), and the pipeline still logs it as an error so the check gets written.
 */
export function danglingReference(): DomainError {
  return new DomainError('NOT_FOUND', {
    zh: '所引用的记录不存在（或已被删除），未写入任何数据',
    en: 'A record this request refers to does not exist (or was deleted); nothing was written',
  });
}

/**
 * What a client is told of an error: a domain error as it is, a database refusal of the input
 * (unique index: CONFLICT; foreign key: NOT_FOUND) typed the same on /graphql and the upload
 * routes; anything else null (masked as INTERNAL_SERVER_ERROR).
 */
export function typedError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (isUniqueViolation(error)) return uniqueClash();
  return isForeignKeyViolation(error) ? danglingReference() : null;
}

/** Optimistic locking: the client edited a version that someone else has changed since. */
export function staleVersion(
  entity: string,
  id: string,
  expectedVersion: number,
  currentVersion: number,
): DomainError {
  const what = entityWord(entity);
  return new DomainError(
    'STALE_VERSION',
    {
      zh: `该${what.zh}已被他人修改（您编辑的是第 ${expectedVersion} 版，当前为第 ${currentVersion} 版），请刷新后重试`,
      en: `This ${what.en} has changed (you edited version ${expectedVersion}, it is now version ${currentVersion}); reload and retry`,
    },
    { entity, id, expectedVersion, currentVersion },
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
