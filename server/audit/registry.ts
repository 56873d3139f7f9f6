import type { AuditStream } from './stream.js';

/**
 * The process's audit stream, set by the composition root (like `db()`), so the subscription
 * resolver reaches it without putting services in the request context.
 */
let current: AuditStream | null = null;

export function setAuditStream(stream: AuditStream | null): void {
  current = stream;
}

export function auditStream(): AuditStream {
  if (!current) throw new Error('audit stream not started');
  return current;
}
