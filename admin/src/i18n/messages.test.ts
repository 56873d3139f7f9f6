import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType } from 'graphql';
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { messages } from '../providers/i18n-provider.js';
import { leafKeys } from './merge-messages.js';
import { enumsEn } from './enums.en.js';
import { CONSOLE_MESSAGES } from './console-messages.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.resolve(here, '..');
const zh = new Set(leafKeys(messages['zh-CN']));
const en = new Set(leafKeys(messages.en));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'gql' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('messages', () => {
  it('zh-CN carries every react-admin 5 key (the zh package predates v5, merged over English)', () => {
    const missing = leafKeys(englishMessages).filter((k) => !zh.has(k));
    expect(missing).toEqual([]);
  });

  it('fills the v5 keys the zh package lacks with Chinese, not English', () => {
    const zhTree = messages['zh-CN'] as {
      ra: { page: { access_denied: string }; navigation: { clear_filters: string } };
    };
    expect(zhTree.ra.page.access_denied).toBe('无权访问');
    expect(zhTree.ra.navigation.clear_filters).toMatch(/[\u4e00-\u9fff]/);
  });

  it('zh-CN has every key English has (the zh package also keeps an obsolete v4 key, harmless)', () => {
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
  });

  it("gives the console's own messages the same keys in zh-CN and en, area by area", () => {
    expect(CONSOLE_MESSAGES.length).toBeGreaterThan(5);
    for (const [zhTree, enTree] of CONSOLE_MESSAGES) {
      expect(leafKeys(zhTree).sort()).toEqual(leafKeys(enTree).sort());
    }
  });

  it('labels every value of every API enum the console shows, and no value the API lacks', () => {
    const schema = buildSchema(readFileSync(path.resolve(srcDir, '../../schema/schema.graphql'), 'utf8'));
    for (const [name, labels] of Object.entries(enumsEn)) {
      const type = schema.getType(name);
      expect(type && isEnumType(type), `${name} is an API enum`).toBe(true);
      if (!type || !isEnumType(type)) continue;
      expect(Object.keys(labels).sort(), name).toEqual(
        type
          .getValues()
          .map((v) => v.name)
          .sort(),
      );
    }
  });

  it('every message key named in the console source exists in both languages', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(srcDir)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /['"`]((?:hub|resources|enums|ra|eventTypes)\.[A-Za-z0-9_.]+[A-Za-z0-9_])['"`]/g,
      ))
        used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((k) => !zh.has(k) || !en.has(k));
    expect(missing).toEqual([]);
  });
});

describe("react-admin's Chinese punctuation", () => {
  it('is full-width beside Chinese text', () => {
    const ra = (messages['zh-CN'] as { ra: { message: Record<string, string>; navigation: Record<string, string> } }).ra;
    expect(ra.message.invalid_form).toBe('表单输入无效。请检查错误提示');
    expect(ra.message.are_you_sure).toBe('您确定操作？');
    expect(ra.navigation.page_rows_per_page).toBe('每页行数：');
    const western = leafKeys(messages['zh-CN'])
      .filter((k) => k.startsWith('ra.'))
      .map((k) => [k, k.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], messages['zh-CN'])])
      .filter(([, v]) => typeof v === 'string' && /[\u4e00-\u9fff][,.?:!]/.test(v));
    expect(western).toEqual([]);
  });
});

describe('unwrapCommonJs', () => {
  it('finds the messages however the bundler wrapped the CommonJS module', async () => {
    const { unwrapCommonJs } = await import('./ra-zh-CN.js');
    const messages = { ra: { action: { save: '保存' } } };
    expect(unwrapCommonJs(messages)).toBe(messages);
    expect(unwrapCommonJs({ default: messages })).toBe(messages);
    expect(unwrapCommonJs({ default: { default: messages } })).toBe(messages);
    expect(() => unwrapCommonJs({})).toThrow();
  });
});

describe('audit event type labels', () => {
  it('label every event type the hub emits, in both languages', async () => {
    const { EVENT_TYPES } = await import('../../../server/domain/audit-event-types.js');
    const { ACCESS_EVENT } = await import('../../../server/domain/access/events.js');
    const types = [...EVENT_TYPES, ...Object.values(ACCESS_EVENT)];
    const missing = types.filter((t) => !zh.has(`eventTypes.${t}`) || !en.has(`eventTypes.${t}`));
    expect(missing).toEqual([]);
  });
});

describe('audit record kinds', () => {
  it('name every entity type an audit event can be about, in both languages', async () => {
    const { ENTITY } = await import('../../../server/domain/audit-event-types.js');
    const { ACCESS_ENTITY } = await import('../../../server/domain/access/events.js');
    const { REVIEW_ENTITY } = await import('../../../server/domain/monitoring/review-events.js');
    const { TEMPLATE_ENTITY } = await import('../../../server/domain/templates/events.js');
    const { WEBHOOK_ENTITY } = await import('../../../server/domain/webhooks/events.js');
    const types = [ENTITY, ACCESS_ENTITY, REVIEW_ENTITY, TEMPLATE_ENTITY, WEBHOOK_ENTITY].flatMap((m) =>
      Object.values(m),
    );
    // Without one the log read "系统：导入结算记录（ClaimImport）".
    const missing = types.filter((t) => !zh.has(`console.entities.${t}`) || !en.has(`console.entities.${t}`));
    expect(missing).toEqual([]);
  });
});
