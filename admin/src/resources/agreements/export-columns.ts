import { date, enumText, text, type ExportColumn } from '../../common/export/table.js';

type Party = { nameZh?: string; nameEn?: string } | null;
type Row = {
  number: string;
  kind: string;
  status: string;
  insurer?: Party;
  provider?: Party;
  partner?: Party;
  startsOn: string;
  endsOn: string;
};

/** The agreement list as exported: what the list shows, in words. */
export const agreementExportColumns: ExportColumn<Row & { id: string }>[] = [
  { header: 'resources.agreements.fields.number', value: (r) => text(r.number) },
  { header: 'resources.agreements.fields.kind', value: (r, t) => enumText(t, 'AgreementKind', r.kind) },
  { header: 'resources.agreements.fields.status', value: (r, t) => enumText(t, 'AgreementStatus', r.status) },
  { header: 'resources.agreements.fields.insurer', value: (r, t) => text(t.name(r.insurer)) },
  { header: 'resources.agreements.fields.provider', value: (r, t) => text(t.name(r.provider)) },
  { header: 'resources.agreements.fields.partner', value: (r, t) => text(t.name(r.partner)) },
  { header: 'resources.agreements.fields.startsOn', value: (r) => date(r.startsOn) },
  { header: 'resources.agreements.fields.endsOn', value: (r) => date(r.endsOn) },
];
