import polyglotI18nProvider from 'ra-i18n-polyglot';
import { raChinese, raEnglish } from '../i18n/ra-zh-CN.js';
import { mergeMessages } from '../i18n/merge-messages.js';
import { CONSOLE_MESSAGES } from '../i18n/console-messages.js';

export type Locale = 'zh-CN' | 'en';

export const messages: Record<Locale, Record<string, unknown>> = {
  'zh-CN': mergeMessages(raChinese, ...CONSOLE_MESSAGES.map(([zh]) => zh)),
  en: mergeMessages(raEnglish, ...CONSOLE_MESSAGES.map(([, en]) => en)),
};

/**
 * Chinese is the default whatever the browser says (the users are Chinese agencies); English
 * when chosen in the app bar (react-admin keeps the choice in its store) or with ?locale=en.
 */
export function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get('locale');
  if (fromUrl === 'en' || fromUrl === 'zh-CN') return fromUrl;
  return 'zh-CN';
}

export const i18nProvider = polyglotI18nProvider(
  (locale) => (messages[locale as Locale] ?? messages['zh-CN']) as never,
  initialLocale(),
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: false },
);
