import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { raChinese, raEnglish } from '../i18n/ra-zh-CN.js';
import { mergeMessages } from '../i18n/merge-messages.js';
import { consoleEn } from '../i18n/console.en.js';
import { consoleZh } from '../i18n/console.zh-CN.js';
import { monitoringEn } from '../i18n/monitoring.en.js';
import { monitoringZh } from '../i18n/monitoring.zh-CN.js';
import { templatesEn } from '../i18n/templates.en.js';
import { reportEn } from '../i18n/report.en.js';
import { reportZh } from '../i18n/report.zh-CN.js';
import { templatesZh } from '../i18n/templates.zh-CN.js';
import { tipOffsEn } from '../i18n/tipOffs.en.js';
import { tipOffsZh } from '../i18n/tipOffs.zh-CN.js';
import { creditEn } from '../i18n/credit.en.js';
import { creditZh } from '../i18n/credit.zh-CN.js';
import { sanctionsEn } from '../i18n/sanctions.en.js';
import { sanctionsZh } from '../i18n/sanctions.zh-CN.js';
import { claimsImportEn } from '../i18n/claims-import.en.js';
import { claimsImportZh } from '../i18n/claims-import.zh-CN.js';

export type Locale = 'zh-CN' | 'en';

export const messages: Record<Locale, Record<string, unknown>> = {
  'zh-CN': mergeMessages(
    raChinese,
    zhCN,
    consoleZh,
    monitoringZh,
    templatesZh,
    tipOffsZh,
    creditZh,
    sanctionsZh,
    claimsImportZh,
    reportZh,
  ),
  en: mergeMessages(
    raEnglish,
    en,
    consoleEn,
    monitoringEn,
    templatesEn,
    tipOffsEn,
    creditEn,
    sanctionsEn,
    claimsImportEn,
    reportEn,
  ),
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
