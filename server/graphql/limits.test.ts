import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { LIMITS, apiProtection } from './limits.js';
import { persistedOperationsFrom, sha256 } from './persisted-operations.js';
import { loadConfig } from '../config.js';
import { createRateLimiter } from '../limits/rate-limiter.js';

const config = loadConfig({ NODE_ENV: 'test' });
const limiter = createRateLimiter(config);

const ALLOWED = 'subscription Follow { auditEvents(after: "0") { __typename } }';

describe('allow-list decision (shared by HTTP and WebSocket)', () => {
  it('lets only manifest documents run in allow-list mode', () => {
    const persisted = persistedOperationsFrom({ [sha256(ALLOWED)]: ALLOWED });
    const protection = apiProtection(config, { persisted, limiter });
    expect(protection.allows(ALLOWED)).toBe(true);
    expect(protection.allows('subscription { auditEvents { __typename } }')).toBe(false);
  });

  it('lets everything run when the mode is off', () => {
    const protection = apiProtection(config, { limiter });
    expect(protection.allows('{ anything }')).toBe(true);
  });
});

describe('depth and directive limits (graphql-armor’s rules, reported by the hub)', () => {
  const schema = buildSchema(`type Query { a: Int, q: Query }`);
  const { validationRules } = apiProtection(config, { limiter });
  const refusals = (query: string) => validate(schema, parse(query), validationRules).map((e) => ({ message: e.message, messageZh: e.extensions.messageZh }));

  it('words a too-deep query as a validation refusal in zh and en (it began "Syntax Error:", English only)', () => {
    const depth = LIMITS.maxDepth + 2;
    const query = `{ ${'q { '.repeat(depth - 1)}a${' }'.repeat(depth - 1)} }`;
    expect(refusals(query)).toEqual([
      { message: `Query depth limit of ${LIMITS.maxDepth} exceeded, found ${depth}.`, messageZh: `查询嵌套过深：深度 ${depth} 超过上限 ${LIMITS.maxDepth}` },
    ]);
    expect(refusals(`{ ${'q { '.repeat(LIMITS.maxDepth - 1)}a${' }'.repeat(LIMITS.maxDepth - 1)} }`)).toEqual([]);
  });

  it('words too many directives the same way', () => {
    const n = LIMITS.maxDirectives + 1;
    const query = `{ q { ${Array.from({ length: n }, (_, i) => `a${i}: a @include(if: true)`).join(' ')} } }`;
    expect(refusals(query)).toEqual([
      { message: `Directives limit of ${LIMITS.maxDirectives} exceeded, found ${n}.`, messageZh: `指令数量过多：${n} 个，超过上限 ${LIMITS.maxDirectives}` },
    ]);
  });
});
