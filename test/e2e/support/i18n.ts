import { messages, type Locale } from '../../../admin/src/providers/i18n-provider.js';

/** The console's own message for a key in a locale: tests find elements by what users read. */
export function t(locale: Locale, key: string): string {
  let node: unknown = messages[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${locale}`);
  return node;
}

export type { Locale };
