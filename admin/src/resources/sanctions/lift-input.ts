import { localDay } from '../../common/format.js';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The documents of an early lift, as the mutation takes them (an empty note is no note). */
export function liftDocuments(values: Record<string, unknown>) {
  return {
    requestDocumentRef: text(values.requestDocumentRef),
    pledgeDocumentRef: text(values.pledgeDocumentRef),
    note: text(values.note) || null,
  };
}

/** Whether a suspension ending on `until` (the first day the right is back) still runs today. */
export function isRunning(until: string | null | undefined, today = localDay()) {
  return !!until && until > today;
}

/**
 * Whether an insured person's settlement may be restored today: suspended (not yet restored)
 * and its term (ending on `until`) has run. Before that the hub refuses; after it the right
 * still waits for the person's written request and pledge.
 */
export function mayRestoreSettlement(until: string | null | undefined, today = localDay()) {
  return !!until && until <= today;
}
