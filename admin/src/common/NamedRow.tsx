import { useLayoutEffect, useRef } from 'react';
import { DatagridRow, useRecordContext, useTranslate, type DatagridRowProps, type RaRecord } from 'react-admin';

/**
 * A Datagrid row whose selection checkbox is named after its record ("选择 CLM-…"). react-admin
 * puts its "Select this row" on the checkbox's wrapper, not on the input, so screen readers and
 * automation met an unnamed checkbox per row. Datagrid's
 * `body={<DatagridBody row={<NamedRow name={…} />} />}`.
 */
export function NamedRow({ name, ...props }: DatagridRowProps & { name: (record: RaRecord) => string }) {
  const translate = useTranslate();
  // DatagridBody gives each row its record by context, not as a prop.
  const record = useRecordContext();
  const ref = useRef<HTMLTableRowElement>(null);
  const label = record ? translate('hub.selectRow', { name: name(record) }) : '';
  // The input is MUI's, rendered inside DatagridRow: its attribute is set after each render.
  useLayoutEffect(() => {
    ref.current?.querySelector('.select-item input')?.setAttribute('aria-label', label);
  });
  return <DatagridRow {...props} ref={ref} />;
}
