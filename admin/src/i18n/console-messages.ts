import { accessEn } from './access.en.js';
import { accessZh } from './access.zh-CN.js';
import { agreementsEn } from './agreements.en.js';
import { agreementsZh } from './agreements.zh-CN.js';
import { claimsImportEn } from './claims-import.en.js';
import { claimsImportZh } from './claims-import.zh-CN.js';
import { consoleEn } from './console.en.js';
import { consoleZh } from './console.zh-CN.js';
import { creditEn } from './credit.en.js';
import { creditZh } from './credit.zh-CN.js';
import { monitoringEn } from './monitoring.en.js';
import { monitoringZh } from './monitoring.zh-CN.js';
import { partiesEn } from './parties.en.js';
import { partiesZh } from './parties.zh-CN.js';
import { reportEn } from './report.en.js';
import { reportZh } from './report.zh-CN.js';
import { sanctionsEn } from './sanctions.en.js';
import { sanctionsZh } from './sanctions.zh-CN.js';
import { shellEn } from './shell.en.js';
import { shellZh } from './shell.zh-CN.js';
import { supervisionEn } from './supervision.en.js';
import { supervisionZh } from './supervision.zh-CN.js';
import { templatesEn } from './templates.en.js';
import { templatesZh } from './templates.zh-CN.js';
import { tipOffsEn } from './tipOffs.en.js';
import { tipOffsZh } from './tipOffs.zh-CN.js';

/**
 * The console's own messages, one module per area of screens, each as its [zh-CN, en] pair;
 * the i18n provider merges them over react-admin's, in this order.
 */
export const CONSOLE_MESSAGES: readonly (readonly [zh: object, en: object])[] = [
  [shellZh, shellEn],
  [agreementsZh, agreementsEn],
  [supervisionZh, supervisionEn],
  [partiesZh, partiesEn],
  [accessZh, accessEn],
  [consoleZh, consoleEn],
  [monitoringZh, monitoringEn],
  [templatesZh, templatesEn],
  [tipOffsZh, tipOffsEn],
  [creditZh, creditEn],
  [sanctionsZh, sanctionsEn],
  [claimsImportZh, claimsImportEn],
  [reportZh, reportEn],
];
