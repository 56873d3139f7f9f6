import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { screenInput } from './input-screen.js';

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

  it('lets clean input through', () => {
    expect(screenInput(parse('{ f(s: "abc") }'), { s: 'def', n: 1, l: [null, 'x'] })).toBeNull();
  });
});
