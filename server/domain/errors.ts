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
  | 'APPEAL_DEADLINE_PASSED'
  | 'RENEWAL_NOT_DUE'
  | 'RENEWAL_BLOCKED'
  | 'PAGE_SIZE_EXCEEDED'
  | 'RATE_LIMITED'
  | 'ACCOUNT_LOCKED'
  | 'SETTLEMENT_BLOCKED';

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

/** One invalid input field; `path` names it as the client sent it, e.g. ["input", "endsOn"]. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export class InputError extends DomainError {
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[], message?: LocalisedMessage) {
    super(
      'BAD_USER_INPUT',
      message ?? {
        zh: `输入有误：${issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}`,
        en: `Invalid input: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      },
      { issues },
    );
    this.issues = issues;
  }
}

export function notFound(entity: string, id: string): DomainError {
  return new DomainError(
    'NOT_FOUND',
    { zh: `未找到${entity}（${id}）`, en: `${entity} ${id} not found` },
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

/** A lifecycle step not allowed from the current state; the state is named in both languages and in `extensions`. */
export function illegalTransition(
  entity: string,
  id: string,
  currentStatus: string,
  action: string,
): DomainError {
  return new DomainError(
    'ILLEGAL_TRANSITION',
    {
      zh: `${entity}（${id}）当前状态为 ${currentStatus}，不能执行 ${action}`,
      en: `${entity} ${id} is ${currentStatus}; ${action} is not allowed from that state`,
    },
    { entity, id, currentStatus, action },
  );
}

/** Optimistic locking: the client edited a version that someone else has changed since. */
export function staleVersion(
  entity: string,
  id: string,
  expectedVersion: number,
  currentVersion: number,
): DomainError {
  return new DomainError(
    'STALE_VERSION',
    {
      zh: `${entity}（${id}）已被他人修改（期望版本 ${expectedVersion}，当前版本 ${currentVersion}），请刷新后重试`,
      en: `${entity} ${id} has changed (expected version ${expectedVersion}, current ${currentVersion}); reload and retry`,
    },
    { entity, id, expectedVersion, currentVersion },
  );
}
