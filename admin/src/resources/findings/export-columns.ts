import { date, enumText, money, text, type ExportColumn } from '../../common/export/table.js';

type Party = { nameZh?: string; nameEn?: string } | null;
type Row = {
  id: string;
  number: string;
  violationType?: Party;
  provider?: Party;
  agreement?: { number?: string } | null;
  source: string;
  status: string;
  violatingAmountFen?: string | number | null;
  foundOn?: string | null;
};

/** The finding list as exported. */
export const findingExportColumns: ExportColumn<Row>[] = [
  { header: 'resources.findings.fields.number', value: (r) => text(r.number) },
  { header: 'resources.findings.fields.violationType', value: (r, t) => text(t.name(r.violationType)) },
  { header: 'resources.findings.fields.provider', value: (r, t) => text(t.name(r.provider)) },
  { header: 'resources.findings.fields.agreement', value: (r) => text(r.agreement?.number) },
  { header: 'resources.findings.fields.source', value: (r, t) => enumText(t, 'FindingSource', r.source) },
  { header: 'resources.findings.fields.status', value: (r, t) => enumText(t, 'FindingStatus', r.status) },
  { header: 'console.export.violatingYuan', value: (r) => money(r.violatingAmountFen) },
  { header: 'resources.findings.fields.foundOn', value: (r) => date(r.foundOn) },
];
