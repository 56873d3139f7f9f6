import { FunctionField, useLocale } from 'react-admin';

/** A bilingual text stored as `<base>Zh` / `<base>En`, shown in the user's language. */
export function LocalText({
  base,
  label,
  sortable = false,
}: {
  base: string;
  label?: string;
  sortable?: boolean;
}) {
  const locale = useLocale();
  return (
    <FunctionField
      source={`${base}Zh`}
      label={label}
      sortable={sortable}
      render={(r: Record<string, string | undefined>) =>
        (locale === 'en' ? r[`${base}En`] : undefined) ?? r[`${base}Zh`] ?? '—'
      }
    />
  );
}
