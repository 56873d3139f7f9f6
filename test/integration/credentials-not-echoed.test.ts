import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createInsurer } from '../factories/records.js';
import { anonymous, insurerAdmin } from '../factories/viewers.js';

/**
 * A request refused for one wrong field must not send its password back: graphql-js quotes a
 * refused variable's whole value in its message, and the answer lands in proxies' and browser
 * tools' logs and error trackers. The refusal still names the variable, the field and the reason.
 */
let hub: TestHub;
let insurerId: string;
beforeAll(async () => {
  hub = await createTestHub();
  insurerId = (await createInsurer(hub.prisma)).id;
});
afterAll(() => hub?.close());

describe('a refused variable holding a credential', () => {
  it('login: the password is not in the refusal, the unknown field is', async () => {
    const result = await hub.exec(
      `mutation ($i: LoginInput!) { login(input: $i) { csrfToken } }`,
      { i: { username: 'mas-admin', password: 'Pa55-word-in-the-answer', remember: true } },
      anonymous(),
    );
    const text = JSON.stringify(result);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('"remember"');
    expect(text).toContain('mas-admin');
    expect(text).not.toContain('Pa55-word-in-the-answer');
  });

  it('createUser: a password of the wrong type and one beside a wrong field stay out of the answer', async () => {
    const admin = insurerAdmin(insurerId);
    const wrongField = await hub.exec(
      `mutation ($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`,
      { i: { username: 'clerk.wang', password: 'New-user-secret-2026', displayName: '王', role: 'INSURER_VIEWER', colour: 'red' } },
      admin,
    );
    const wrongType = await hub.exec(
      `mutation ($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`,
      { i: { username: 'clerk.wang', password: 987654321012, displayName: '王', role: 'INSURER_VIEWER' } },
      admin,
    );
    for (const result of [wrongField, wrongType]) expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(wrongField)).not.toContain('New-user-secret-2026');
    expect(JSON.stringify(wrongType)).not.toContain('987654321012');
    expect(await hub.prisma.user.count({ where: { username: 'clerk.wang' } })).toBe(0);
  });

  it('a password typed into the document itself (a number, an enum, a list, an object) is not quoted back; another field is', async () => {
    for (const literal of ['98765432123', 'SECRETWORD', '["list-secret"]', '{ a: "object-secret" }']) {
      const result = await hub.exec(`mutation { login(input: { username: "mas-admin", password: ${literal} }) { csrfToken } }`, {}, anonymous());
      const text = JSON.stringify(result);
      expect(result.errors?.[0]?.extensions?.code, literal).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message, literal).toContain('String cannot represent a non string value: "[redacted]"');
      for (const secret of ['98765432123', 'SECRETWORD', 'list-secret', 'object-secret']) expect(text, literal).not.toContain(secret);
    }
    // Not masking everything: a wrong literal under a field that is no credential is still shown.
    const plain = await hub.exec(`mutation { login(input: { username: 424242, password: "x" }) { csrfToken } }`, {}, anonymous());
    expect(plain.errors?.[0]?.message).toContain('424242');
  });

  it('a variable with a name that reveals nothing ($p) is masked by the argument it is bound to: its value and its default', async () => {
    const bound = `mutation ($p: String!) { login(input: { username: "mas-admin", password: $p }) { csrfToken } }`;
    const sent = await hub.exec(bound, { p: 31415926535 }, anonymous());
    expect(sent.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sent.errors?.[0]?.message).toContain('Variable "$p" got invalid value "[redacted]"');
    expect(JSON.stringify(sent)).not.toContain('31415926535');

    // The literal typed as the variable's default is quoted by validation, beside no field name.
    const byDefault = await hub.exec(`mutation ($p: String = 27182818284) { login(input: { username: "mas-admin", password: $p }) { csrfToken } }`, {}, anonymous());
    expect(byDefault.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(byDefault.errors?.[0]?.message).toContain('"[redacted]"');
    expect(JSON.stringify(byDefault)).not.toContain('27182818284');

    // A variable bound to a field that is no credential is still shown.
    const plain = await hub.exec(`mutation ($u: String!) { login(input: { username: $u, password: "x" }) { csrfToken } }`, { u: 4242424242 }, anonymous());
    expect(plain.errors?.[0]?.message).toContain('4242424242');
  });
});
