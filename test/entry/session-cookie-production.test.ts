import { beforeAll, describe, expect, it } from 'vitest';
import { httpProbe } from '../support/http-probe.js';
import { createUser } from '../support/access-world.js';

/**
 * The console's sign-in under production settings (server/auth/session-token.ts): over plain
 * HTTP on an intranet host the session cookie is not `Secure` (a browser would drop it, and the
 * console could not sign in); over HTTPS, here through a TLS proxy on the same machine
 * (X-Forwarded-Proto from loopback), it is.
 */
const probe = httpProbe({ NODE_ENV: 'production' });
const PASSWORD = 'correct horse battery staple 42';
const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { csrfToken } }`;

beforeAll(async () => {
  await createUser(probe.prisma(), { username: 'clerk', password: PASSWORD, role: 'PLATFORM_ADMIN' });
});

async function signIn(headers: Record<string, string> = {}) {
  const answer = await probe.call({
    auth: false,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { u: 'clerk', p: PASSWORD } }),
  });
  expect(answer.body.errors).toBeUndefined();
  const cookies = answer.headers.getSetCookie();
  return { session: cookies.find((c) => c.startsWith('hub_session='))!, csrf: cookies.find((c) => c.startsWith('hub_csrf='))! };
}

describe('session cookies in production', () => {
  it('over plain HTTP: HttpOnly and SameSite=Lax, not Secure, so a browser on an intranet host keeps them', async () => {
    const { session, csrf } = await signIn();
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Secure/i);
    expect(csrf).not.toMatch(/;\s*Secure/i);
  });

  it('through a TLS proxy on the same machine: Secure', async () => {
    const { session, csrf } = await signIn({ 'x-forwarded-proto': 'https' });
    expect(session).toMatch(/;\s*Secure/i);
    expect(csrf).toMatch(/;\s*Secure/i);
  });
});
