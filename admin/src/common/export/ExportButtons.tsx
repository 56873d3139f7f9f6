import { useState } from 'react';
import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import {
  useDataProvider,
  useListContext,
  useLocale,
  useNotify,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useLocalName } from '../fields.js';
import { buildTable, download, toCsv, toXlsx, type ExportColumn } from './table.js';
import { localDay } from '../format.js';

/** At most this many rows per export (the API's page limit keeps one request bounded). */
const MAX_ROWS = 1000;

/**
 * "导出 Excel" and "导出 CSV" for a list: every record matching the list's filter and sort
 * (up to MAX_ROWS), laid out by the resource's export columns.
 */
export function ExportButtons<R extends RaRecord>({ columns }: { columns: ExportColumn<R>[] }) {
  const { resource, filterValues, sort, total } = useListContext<R>();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const locale = useLocale();
  const name = useLocalName();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      const { data } = await dataProvider.getList<R>(resource, {
        filter: filterValues,
        sort,
        pagination: { page: 1, perPage: MAX_ROWS },
      });
      const table = buildTable(data, columns, {
        translate,
        locale,
        name: (party) => (party ? name(party as never) : ''),
      });
      const title = translate(`resources.${resource}.name`, { smart_count: 2 });
      const file = `${title}-${localDay()}`;
      if (format === 'csv') download(toCsv(table), 'text/csv;charset=utf-8', `${file}.csv`);
      else
        download(
          await toXlsx(table, title),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          `${file}.xlsx`,
        );
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        disabled={busy || total === 0}
        onClick={() => run('xlsx')}
        data-export="xlsx"
      >
        {translate('console.export.xlsx')}
      </Button>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        disabled={busy || total === 0}
        onClick={() => run('csv')}
        data-export="csv"
      >
        {translate('console.export.csv')}
      </Button>
    </>
  );
}
