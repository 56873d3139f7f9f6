import { FunctionField, useLocale } from 'react-admin';

/**
 * A bilingual text stored as `<base>Zh` / `<base>En`, shown in the user's language. A record
 * without the English text (absent or blank) shows the Chinese one rather than an empty cell.
 * The Datagrid reads `source` (the cell's `column-…` class), `sortable` and `sortBy` from this
 * element itself, so a list passes them here; see useLocalSort.
 */
export function LocalText({
  base,
  label,
  sortBy,
  sortable = false,
}: {
  base: string;
  label?: string;
  source?: string;
  sortBy?: string;
  sortable?: boolean;
}) {
  const locale = useLocale();
  return (
    <FunctionField
      source={`${base}Zh`}
      label={label}
      sortBy={sortBy}
      sortable={sortable}
      render={(r: Record<string, string | null | undefined>) =>
        (locale === 'en' ? r[`${base}En`] || undefined : undefined) ?? r[`${base}Zh`] ?? '—'
      }
    />
  );
}

/**
 * How a LocalText column sorts: by the Chinese text on a Chinese screen; on an English one by the
 * English text where the server can order by it, else not at all (ordering English rows by their
 * Chinese names would look random).
 */
export function useLocalSort(base: string, ordersByEn = false): { sortBy?: string; sortable: boolean } {
  const locale = useLocale();
  if (locale !== 'en') return { sortBy: `${base}Zh`, sortable: true };
  return ordersByEn ? { sortBy: `${base}En`, sortable: true } : { sortable: false };
}
