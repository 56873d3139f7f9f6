export const locales = [
  { id: 'zh-CN', name: '简体中文' },
  { id: 'en', name: 'English' },
];

/** The account's language by its own name (the raw tag `zh-CN` meant nothing to a clerk). */
export function localeName(tag: string | null | undefined): string {
  return locales.find((l) => l.id === tag)?.name ?? tag ?? '—';
}
