import { parseYuanToFen } from '../../common/money.js';

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * The "record finding" form's values → `RecordFindingInput`. The amount is typed in yuan and
 * sent as exact integer fen; an unreadable amount goes as null so the server names the field.
 */
export function findingInput(data: Record<string, unknown>): Record<string, unknown> {
  return {
    agreementId: data.agreementId,
    violationTypeId: data.violationTypeId,
    source: data.source,
    description: text(data.description) ?? '',
    violatingAmountFen: parseYuanToFen(data.violatingAmountYuan as string | null),
    occurredFrom: data.occurredFrom || null,
    occurredTo: data.occurredTo || null,
    foundOn: data.foundOn,
    number: text(data.number),
    evidence: ((data.evidence as Record<string, unknown>[] | undefined) ?? []).map((e) => ({
      kind: text(e.kind) ?? '',
      ref: text(e.ref) ?? '',
      note: text(e.note),
    })),
  };
}
