import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { MAX_LIST_ITEMS, MAX_VARIABLE_DEPTH, screenInput } from './input-screen.js';

describe('screenInput', () => {
  it('finds a NUL in a literal at its argument path, through lists, objects and fragments', () => {
    const doc = parse('query { f(input: { tags: ["ok", "b\\u0000d"] }) { x } ...F } fragment F on Query { g(search: "\\u0000") }');
    expect(screenInput(doc, {})?.issues.map((i) => i.path)).toEqual([['input', 'tags', 1], ['search']]);
  });

  it('finds a NUL in a variable at its path inside the variable, keys included', () => {
    const doc = parse('query ($input: In) { f(input: $input) }');
    const error = screenInput(doc, { input: { title: 'a\u0000', data: { 'k\u0000': 1 } } });
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.issues.map((i) => i.path)).toEqual([['input', 'title'], ['input', 'data', 'k\u0000']]);
    expect(error?.messageZh).toMatch(/输入有误/);
  });

  it('finds a NUL in a variable’s default value, at the variable’s path (it reached PostgreSQL: INTERNAL_SERVER_ERROR)', () => {
    const doc = parse('query ($s: String = "a\\u0000b", $f: In = { tags: ["\\u0000"] }, $ok: String = "fine") { f(s: $s, f: $f, ok: $ok) }');
    expect(screenInput(doc, {})?.issues.map((i) => i.path)).toEqual([['s'], ['f', 'tags', 0]]);
  });

  it('lets clean input through', () => {
    expect(screenInput(parse('{ f(s: "abc") }'), { s: 'def', n: 1, l: [null, 'x'] })).toBeNull();
  });
});

describe('screenInput: nesting', () => {
  const nested = (levels: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
    return value;
  };

  it('refuses a variable nested deeper than the limit, once, at the level where it goes too deep', () => {
    // JSON.parse builds this from a 1 MB body; walking it recursively overflowed the stack.
    const error = screenInput(parse('{ f }'), { v: nested(200_000) });
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.issues).toHaveLength(1);
    expect(error?.issues[0]!.path).toHaveLength(MAX_VARIABLE_DEPTH + 1);
    expect(error?.issues[0]!.message).toMatch(/nested deeper than 64 levels/);
  });

  it('lets a variable nested up to the limit through', () => {
    expect(screenInput(parse('{ f }'), { v: nested(MAX_VARIABLE_DEPTH) })).toBeNull();
    expect(screenInput(parse('{ f }'), { v: nested(MAX_VARIABLE_DEPTH + 1) })?.issues).toHaveLength(1);
  });
});

describe('screenInput: unpaired surrogates', () => {
  it('finds a lone surrogate in a variable and in an object key, but not a proper pair', () => {
    const error = screenInput(parse('{ f }'), { a: 'x\ud800', b: { ['\udc00']: 1 }, ok: '𠀀 中文' });
    expect(error?.issues.map((i) => i.path)).toEqual([['a'], ['b', '\udc00']]);
    expect(error?.issues[0]!.messageZh).toMatch(/不成对的代理项/);
  });
});

describe('screenInput: list length', () => {
  it('refuses a list longer than the limit once, at its path, in both languages; the limit itself passes', () => {
    const error = screenInput(parse('{ f }'), { types: Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'x'), ok: ['a'] });
    expect(error?.issues).toHaveLength(1);
    expect(error?.issues[0]).toMatchObject({ path: ['types'], message: 'must hold at most 10000 items', messageZh: '最多 10000 项' });
    expect(screenInput(parse('{ f }'), { types: Array.from({ length: MAX_LIST_ITEMS }, () => 'x') })).toBeNull();
  });
});
