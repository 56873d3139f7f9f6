import { date, enumText, money, text, type ExportColumn } from '../../common/export/table.js';

type Row = {
  id: string;
  number: string;
  measure: string;
  status: string;
  provider?: { nameZh?: string; nameEn?: string } | null;
  agreement?: { number?: string } | null;
  amountFen?: string | number | null;
  recoveredAmountFen?: string | number | null;
  proposedAt?: string | null;
};

/** The penalty list as exported: amounts in yuan, the proposal day on the agency's calendar. */
export const penaltyExportColumns: ExportColumn<Row>[] = [
  { header: 'resources.penalties.fields.number', value: (r) => text(r.number) },
  { header: 'resources.penalties.fields.measure', value: (r, t) => enumText(t, 'PenaltyMeasure', r.measure) },
  { header: 'resources.penalties.fields.status', value: (r, t) => enumText(t, 'PenaltyStatus', r.status) },
  { header: 'resources.penalties.fields.provider', value: (r, t) => text(t.name(r.provider)) },
  { header: 'resources.penalties.fields.agreement', value: (r) => text(r.agreement?.number) },
  { header: 'console.export.amountYuan', value: (r) => money(r.amountFen) },
  { header: 'console.export.recoveredYuan', value: (r) => money(r.recoveredAmountFen) },
  { header: 'resources.penalties.fields.proposedAt', value: (r) => date(r.proposedAt) },
];
