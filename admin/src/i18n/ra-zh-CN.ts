import * as zhModule from '@haxqer/ra-language-chinese';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'ra-core';
import { mergeMessages } from './merge-messages.js';

/**
 * The package is CommonJS (`exports.default = messages`): depending on the bundler's interop
 * the namespace import is the messages, `{ default: messages }`, or even
 * `{ default: { default: messages } }` (Vite 8's build). Unwrap until the `ra` tree shows.
 */
export function unwrapCommonJs(mod: unknown): TranslationMessages {
  let current = mod as { default?: unknown; ra?: unknown };
  for (let i = 0; i < 3 && !current.ra && current.default; i += 1)
    current = current.default as typeof current;
  if (!current.ra) throw new Error('@haxqer/ra-language-chinese: no messages found');
  return current as TranslationMessages;
}

/**
 * The package writes Western punctuation inside Chinese ("表单输入无效. 请检查错误提示",
 * "您确定操作?"): each ASCII mark that follows or precedes a Chinese character becomes its
 * full-width form, as Chinese text is written.
 */
const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '。', '?': '？', ':': '：', '!': '！' };

export function fullWidthPunctuation<T>(node: T): T {
  if (typeof node === 'string') {
    if (!/[\u4e00-\u9fff]/.test(node)) return node;
    return node
      .replace(/\.{3}$/, '…')
      .replace(/([\u4e00-\u9fff}])\s*([,.?:!])\s*/g, (_m, before: string, mark: string) => before + FULL_WIDTH[mark]) as T;
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fullWidthPunctuation(v)])) as T;
  }
  return node;
}

// `ra` alone: depending on the interop it is an inherited property of the module object.
const haxqer = fullWidthPunctuation({ ra: unwrapCommonJs(zhModule).ra });

/** Keys react-admin 5 added after the zh package's last release (4.16). */
const v5Additions = {
  ra: {
    action: { reset: '重置', search_columns: '搜索列', select_all_button: '全选' },
    page: { access_denied: '无权访问', authentication_error: '认证错误' },
    message: {
      access_denied: '您无权访问此页面',
      authentication_error: '认证服务器返回错误，无法验证您的身份。',
      select_all_limit_reached: '选择的项目过多，已只选中前 %{max} 项。',
      placeholder_data_warning: '网络异常：数据刷新失败。',
    },
    navigation: { clear_filters: '清除筛选条件', no_filtered_results: '没有符合当前筛选条件的%{name}。' },
    auth: { email: '电子邮箱' },
    notification: { offline: '无网络连接，无法获取数据。' },
    validation: { unique: '必须唯一' },
    guesser: { empty: { title: '无可显示的数据', message: '请检查数据提供者' } },
  },
};

/**
 * Page titles written the Chinese way: the package puts a space between a name and the word
 * around it ("协议 列表", "新建 协议"), which Chinese does not; and "暂无" like every other empty
 * state of the console.
 */
const titles = {
  ra: {
    page: { list: '%{name}列表', create: '新建%{name}', empty: '暂无%{name}' },
  },
};

/**
 * A table with no rows says so without naming a resource: react-admin puts the name of the
 * resource *around* the table there, so a tip-off's empty list of findings read "No Tip-offs
 * found" (and a rule hit's empty history "No Review queue found").
 */
const noRows = {
  zh: { ra: { navigation: { no_results: '暂无记录' } } },
  en: { ra: { navigation: { no_results: 'No records yet' } } },
};

/** react-admin's own Chinese messages: English as the base so no v5 key is ever missing. */
export const raChinese: TranslationMessages = mergeMessages(
  englishMessages,
  haxqer,
  v5Additions,
  titles,
  noRows.zh,
) as TranslationMessages;
export const raEnglish: TranslationMessages = mergeMessages(englishMessages, noRows.en) as TranslationMessages;
