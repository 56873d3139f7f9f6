import { FilterButton, TopToolbar } from 'react-admin';
import { ExportButtons } from '../../common/export/ExportButtons.js';
import { penaltyExportColumns } from './export-columns.js';

/** Filters and the Excel / CSV exports of the penalty list. */
export function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <ExportButtons columns={penaltyExportColumns} />
    </TopToolbar>
  );
}
