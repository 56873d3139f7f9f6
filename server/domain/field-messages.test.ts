import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldMessageZh } from './field-messages.js';

/**
 * Every English text a field error can carry must reach a form in Chinese as well. The texts
 * are literals in the rules and input schemas, so this reads the sources: each `message:` of a
 * field issue (unless the same object gives its own `messageZh`) and each zod check's message
 * argument must have a Chinese rendering in field-messages.ts. A template literal's `${…}` parts
 * are read as "0" (a number or a code in the running text).
 */
const SOURCES = ['server', 'schema/types'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `${dir}/${f}`),
);

// `message:` keys that are not field issues (log lines, HTTP bodies, GraphQL error texts).
const NOT_FIELD_ISSUES = new Set([
  'server/db/schema-engine.ts',
  'server/public/routes.ts',
  'server/audit/verify-chain.ts',
  'server/graphql/ws.ts',
]);

const ZOD_CHECK = /\.(?:refine|min|max|length|regex|nonempty|int|positive|nonnegative|gte|lte|gt|lt)\(/;

function literalText(quote: string, body: string): string {
  return quote === '`' ? body.replace(/\$\{[^}]*\}/g, '0') : body.replace(/\\(.)/g, '$1');
}

function fieldMessages(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  for (const file of SOURCES) {
    if (NOT_FIELD_ISSUES.has(file)) continue;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\bmessage:\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
      const rest = src.slice(m.index + m[0].length, src.indexOf('}', m.index + m[0].length));
      if (/messageZh/.test(rest)) continue;
      found.push({ file, text: literalText(m[1]!, m[2]!) });
    }
    // invalidField(['path'], 'text'): a refusal of one field built in a command (createUser's
    // 'an insurer role is bound to one insurer' reached the console as 输入有误：an insurer role…).
    for (const m of src.matchAll(/\binvalidField\(\s*\[[^\]]*\],\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
      found.push({ file, text: literalText(m[1]!, m[2]!) });
    }
    // issues.push('text'): helpers that collect a command's problems as plain strings, which the
    // command then puts on a field (credit/fee.ts bandsIssues, admission/rules.ts scoreIssues).
    for (const m of src.matchAll(/\bissues\.push\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*\)/g)) {
      found.push({ file, text: literalText(m[1]!, m[2]!) });
    }
    for (const line of src.split('\n')) {
      if (!ZOD_CHECK.test(line)) continue;
      const last = /,\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*\)/.exec(line);
      if (last) found.push({ file, text: literalText(last[1]!, last[2]!) });
    }
  }
  return found.filter((m) => m.text !== '');
}

describe('field error texts', () => {
  it('has Chinese for every English field message in the sources', () => {
    const messages = fieldMessages();
    expect(messages.length).toBeGreaterThan(50);
    const untranslated = messages.filter((m) => !/[\u4e00-\u9fff]/.test(fieldMessageZh(m.text)));
    expect(untranslated).toEqual([]);
  });

  it('translates the texts built from data by their pattern', () => {
    expect(fieldMessageZh('at most the amount flagged (12000 fen)')).toBe('不能超过规则命中的金额');
    expect(fieldMessageZh('must be a sequence number (decimal digits)')).toBe('须为序号（十进制数字）');
  });
});
