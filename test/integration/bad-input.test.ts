import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormattedExecutionResult } from 'graphql';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createAgreement, createFinding, createInsurer, createProvider, createViolationType } from '../factories/records.js';
import { insurerAdmin } from '../factories/viewers.js';
import { expectNoChange, gid } from './mutation-helpers.js';
import { LIMITS } from '../../server/graphql/limits.js';

/**
 * Bad input is refused, not crashed on: NUL bytes, dates PostgreSQL cannot store, negative
 * amounts, malformed global ids and LIKE metacharacters each answer BAD_USER_INPUT (with the
 * field path and zh/en text) or are taken literally; none reaches the database as an error,
 * so none is INTERNAL_SERVER_ERROR. Each case was an internal error or a wildcard before.
 */
let hub: TestHub;
let insurerId: string;
let admin: ReturnType<typeof insurerAdmin>;
let provider: { id: string; code: string; version: number };
let agreementId: string;
let statements = 0;

beforeAll(async () => {
  hub = await createTestHub();
  (hub.prisma as unknown as { $on(event: 'query', cb: () => void): void }).$on('query', () => void (statements += 1));
  insurerId = (await createInsurer(hub.prisma)).id;
  admin = insurerAdmin(insurerId);
  provider = await createProvider(hub.prisma, { insurerId, nameZh: '百分之百医院', nameEn: 'Plain Hospital' });
  await createProvider(hub.prisma, { insurerId, nameZh: '折扣 100% 药房', nameEn: 'Under_score Pharmacy' });
  agreementId = (await createAgreement(hub.prisma, { insurerId, providerId: provider.id })).id;
  const violationType = await createViolationType(hub.prisma);
  await createFinding(hub.prisma, { agreementId, providerId: provider.id, violationTypeId: violationType.id });
});
afterAll(() => hub?.close());

type Errors = NonNullable<FormattedExecutionResult['errors']>;

function expectNoInternalError(result: FormattedExecutionResult<unknown>): Errors {
  const errors = result.errors ?? [];
  for (const error of errors) expect(error.extensions?.code, JSON.stringify(error)).not.toBe('INTERNAL_SERVER_ERROR');
  return errors;
}

/** BAD_USER_INPUT in both languages; returns the error. */
function badInput(result: FormattedExecutionResult<unknown>): Errors[number] {
  const errors = expectNoInternalError(result);
  expect(errors.length, JSON.stringify(result)).toBeGreaterThan(0);
  const error = errors[0]!;
  expect(error.extensions?.code, JSON.stringify(error)).toBe('BAD_USER_INPUT');
  expect(String(error.extensions?.messageZh ?? '')).toMatch(/[\u4e00-\u9fff]/);
  expect(String(error.extensions?.messageEn ?? error.message)).toMatch(/[A-Za-z]/);
  return error;
}

/** updateProvider with `address`, expected refused as BAD_USER_INPUT with the provider unchanged. */
async function refusedAddress(address: string) {
  const current = await hub.prisma.provider.findUniqueOrThrow({ where: { id: provider.id } });
  return expectNoChange(
    hub,
    () => hub.prisma.provider.findUniqueOrThrow({ where: { id: provider.id } }),
    () =>
      hub.exec(
        `mutation ($input: UpdateProviderInput!) { updateProvider(input: $input) { provider { id } } }`,
        { input: { id: gid('Provider', provider.id), expectedVersion: current.version, address } },
        admin,
      ),
    'BAD_USER_INPUT',
  );
}

const PROVIDERS = `query ($search: String) { providers(first: 10, filter: { search: $search }) { totalCount edges { node { nameZh } } } }`;

describe('NUL bytes', () => {
  it('refuses "abc\\u0000def" in a mutation text input, with the field path, and changes nothing', async () => {
    const extensions = await refusedAddress('abc\u0000def');
    expect(extensions.fields).toMatchObject([{ path: ['input', 'address'], message: expect.stringMatching(/NUL/) }]);
  });

  it('refuses a NUL in a search, sent as a variable or as a literal, before the database', async () => {
    statements = 0;
    const byVariable = badInput(await hub.exec(PROVIDERS, { search: 'abc\u0000def' }, admin));
    expect(byVariable.extensions?.fields).toMatchObject([{ path: ['search'], message: expect.any(String) }]);
    const byLiteral = badInput(await hub.exec(`{ providers(filter: { search: "abc\\u0000def" }) { totalCount } }`, {}, admin));
    expect(byLiteral.extensions?.fields).toMatchObject([{ path: ['filter', 'search'], message: expect.any(String) }]);
    expect(statements).toBe(0);
  });
});

describe('unpaired UTF-16 surrogates', () => {
  it('refuses "\\ud800" in a mutation text input, with the field path, and changes nothing (was: the audit event\'s JSON refused it)', async () => {
    const extensions = await refusedAddress('a\udfffb');
    expect(extensions.fields).toMatchObject([{ path: ['input', 'address'], message: expect.stringMatching(/surrogate/), messageZh: expect.stringMatching(/Unicode/) }]);
  });

  it('lets a proper surrogate pair (a CJK extension character) through', async () => {
    const result = await hub.exec(PROVIDERS, { search: '𠀀' }, admin);
    expect(result.errors).toBeUndefined();
  });
});

describe('long lists', () => {
  it('refuses a filter list beyond 10,000 items before the database (70,000 statuses exceeded the bind-parameter limit: INTERNAL_SERVER_ERROR)', async () => {
    statements = 0;
    const query = `query ($s: [AgreementStatus!]) { agreements(first: 1, filter: { status: $s }) { totalCount } }`;
    const error = badInput(await hub.exec(query, { s: Array.from({ length: 70_000 }, () => 'ACTIVE') }, admin));
    expect(error.extensions?.fields).toMatchObject([{ path: ['s'], message: expect.stringMatching(/at most 10000 items/) }]);
    expect(statements).toBe(0);
    // The twin: a long list within the limit runs.
    const within = await hub.exec(query, { s: Array.from({ length: 10_000 }, () => 'ACTIVE') }, admin);
    expect(within.errors).toBeUndefined();
  });
});

describe('dates within 1900–2100', () => {
  it('refuses 0000-01-01 in a filter (variable and literal) and in a mutation input', async () => {
    const query = `query ($from: Date) { agreements(filter: { startsFrom: $from }) { totalCount } }`;
    const byVariable = badInput(await hub.exec(query, { from: '0000-01-01' }, admin));
    expect(byVariable.message).toMatch(/1900/);
    expect(byVariable.extensions?.fields).toMatchObject([{ path: ['from'], message: expect.stringMatching(/1900/) }]);
    badInput(await hub.exec(`{ agreements(filter: { startsFrom: "0000-01-01" }) { totalCount } }`, {}, admin));
    badInput(await hub.exec(`{ agreements(filter: { endsTo: "2101-01-01" }) { totalCount } }`, {}, admin));
    badInput(await hub.exec(`{ agreements(filter: { startsFrom: "1899-12-31" }) { totalCount } }`, {}, admin));
    badInput(await hub.exec(`query ($at: DateTime) { appeals(filter: { filedFrom: $at }) { totalCount } }`, { at: '0000-01-01T00:00:00Z' }, admin));
  });

  it('still accepts the bounds', async () => {
    const result = await hub.exec(`{ agreements(filter: { startsFrom: "1900-01-01", startsTo: "2100-12-31" }) { totalCount } }`, {}, admin);
    expect(result.errors).toBeUndefined();
  });
});

describe('money is never negative in a filter or an input', () => {
  it('refuses a negative amount bound', async () => {
    badInput(await hub.exec(`{ findings(filter: { amountMin: -1 }) { totalCount } }`, {}, admin));
    badInput(await hub.exec(`query ($min: Fen) { penalties(filter: { amountMin: $min }) { totalCount } }`, { min: -100 }, admin));
  });

  it('is refused by the database from any writer (CHECK constraints), not only by the API', async () => {
    const finding = await hub.prisma.finding.findFirstOrThrow({ where: { agreementId } });
    await expect(hub.prisma.finding.update({ where: { id: finding.id }, data: { violatingAmountFen: -1n } })).rejects.toThrow(/non_negative|check constraint/i);
  });
});

describe('global ids', () => {
  const NODE = `query ($id: ID!) { node(id: $id) { id } }`;
  const raw = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  it('refuses an id decoding to a non-UUID, an unknown type, or not base64 at all', async () => {
    statements = 0;
    for (const id of [raw('Agreement:not-a-uuid'), raw('Nonsense:0190a6f2-7b7e-7c3e-8a41-6f0b2c9d1e00'), '!!!', raw('Agreement')]) {
      const error = badInput(await hub.exec(NODE, { id }, admin));
      expect(error.path).toEqual(['node']);
    }
    expect(statements).toBe(0);
  });

  it('puts the error on the malformed field only: a sibling with a valid id still loads', async () => {
    const result = await hub.exec<{ good: { id: string } | null; bad: { id: string } | null }>(
      `query ($good: ID!, $bad: ID!) { good: node(id: $good) { id } bad: node(id: $bad) { id } }`,
      { good: gid('Agreement', agreementId), bad: raw('Agreement:not-a-uuid') },
      admin,
    );
    const errors = expectNoInternalError(result);
    expect(result.data?.good).toEqual({ id: gid('Agreement', agreementId) });
    expect(result.data?.bad).toBeNull();
    expect(errors.map((e) => e.path)).toEqual([['bad']]);
  });

  it('refuses a malformed id in a filter argument as bad input', async () => {
    badInput(await hub.exec(`query ($p: ID) { agreements(filter: { providerId: $p }) { totalCount } }`, { p: raw('Provider:42') }, admin));
  });
});

describe('LIKE metacharacters in searches are literal', () => {
  it('"%" matches only names that contain a percent sign', async () => {
    const result = await hub.exec<{ providers: { totalCount: number; edges: { node: { nameZh: string } }[] } }>(PROVIDERS, { search: '%' }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.providers.edges.map((e) => e.node.nameZh)).toEqual(['折扣 100% 药房']);
  });

  it('"_" and "\\\\" are literal too, in every search filter', async () => {
    const underscore = await hub.exec<{ providers: { totalCount: number } }>(PROVIDERS, { search: 'Pla_n' }, admin);
    expect(underscore.data!.providers.totalCount).toBe(0);
    const backslash = await hub.exec<{ providers: { totalCount: number } }>(PROVIDERS, { search: '\\' }, admin);
    expect(backslash.data!.providers.totalCount).toBe(0);
    for (const list of ['agreements', 'findings', 'penalties', 'partners', 'insurers', 'physicians', 'auditRules', 'ruleHits']) {
      const result = await hub.exec<Record<string, { totalCount: number }>>(`{ ${list}(filter: { search: "%" }) { totalCount } }`, {}, admin);
      expect(result.errors, list).toBeUndefined();
      expect(result.data![list]!.totalCount, list).toBe(0);
    }
  });
});

describe('__typename aliases count against the alias limit', () => {
  it('refuses a flood of __typename aliases', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `t${i}: __typename`).join(' ');
    const result = await hub.exec(`{ ${aliases} }`, {}, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(new RegExp(`aliases limit of ${LIMITS.maxAliases} exceeded`, 'i'));
  });
});
