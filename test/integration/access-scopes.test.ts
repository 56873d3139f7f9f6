import { describe, expect, it } from 'vitest';
import { isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { buildSchema } from '../../schema/index.js';

/**
 * Every root field and every entity type declares its Pothos auth scopes (docs/architecture.md: "authScopes
 * on every type"). Fields open to anonymous callers say so with `{ public: true }`. Value types
 * (connections, edges, payloads, reports) are reachable only through a guarded root field, which
 * the first test insists on. A type or root field added without scopes fails here by name.
 */
const schema = buildSchema();
const WRAPPER = /(Connection|Edge|Payload)$|^PageInfo$/;

const scopesOf = (x: { extensions?: unknown }) =>
  (x.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions?.authScopes;

describe('auth scopes on the built schema', () => {
  it('every query, mutation and subscription root field declares authScopes', () => {
    const missing: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
        if (!scopesOf(field)) missing.push(`${root!.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every entity type (a Relay node or a Prisma model) declares type-level authScopes', () => {
    const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
    const missing = Object.values(schema.getTypeMap())
      .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && !roots.has(t.name) && !WRAPPER.test(t.name))
      .filter((t) => t.getInterfaces().some((i) => i.name === 'Node') || !!(t.extensions as { pothosPrismaModel?: string }).pothosPrismaModel)
      .filter((t) => !scopesOf(t))
      .map((t) => t.name);
    expect(missing).toEqual([]);
  });

  it('only login and the viewer are public', () => {
    const open: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
        const scopes = scopesOf(field) as Record<string, unknown> | undefined;
        if (scopes && scopes.public === true) open.push(field.name);
      }
    }
    expect(open.sort()).toEqual(['login', 'viewer']);
  });
});
