import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startApp, type App } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';
import { createInsurer } from '../factories/records.js';
import { createClientWithKey, createUser } from '../support/access-world.js';
import { keySocket, logInAt, sessionSocket } from '../support/credential-sockets.js';
import { createFileDatabase, startServerProcess, testConfig, type FileDatabase, type ServerProcess } from './support.js';

/**
 * Two hub processes on one PostgreSQL: an admin acts on one (in this process), the credential
 * is used on the other (a child process), which learns of the change only through the
 * database (the NOTIFY the command's transaction sent, and its own reads). A disabled client's
 * key is refused there on an open socket (closed with 4403), over HTTP (even though that
 * process had the key's viewer cached) and on a new socket, and works there again once the
 * client is enabled; a user whose role changes or who is disabled loses the sockets open there.
 */
let db: FileDatabase;
let app: App;
let other: ServerProcess;
let insurerId: string;
const PASSWORD = 'replica-password-123';
const VIEWER = '{ viewer { role } }';

const urls = (port: number) => ({ http: `http://127.0.0.1:${port}/graphql`, ws: `ws://127.0.0.1:${port}/graphql` });
let here: ReturnType<typeof urls>;
let there: ReturnType<typeof urls>;
let admin: Record<string, string>;

beforeAll(async () => {
  db = await createFileDatabase();
  insurerId = (await createInsurer(db.prisma)).id;
  await createUser(db.prisma, { username: 'ins-admin', password: PASSWORD, role: 'INSURER_ADMIN', insurerId });
  app = await startApp(testConfig(db.url), createLogger('silent'));
  other = await startServerProcess(db.url);
  here = urls(app.port);
  there = urls(other.port);
  const session = await logInAt(here.http, 'ins-admin', PASSWORD);
  admin = { cookie: session.cookie, 'x-csrf-token': session.csrf };
});
afterAll(async () => {
  await other?.kill('SIGKILL');
  await app?.stop();
  await db?.close();
});

async function call(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, { role?: string }>; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, body };
}

/** A mutation on this process, as the insurer admin; fails the test on any error. */
async function act(mutation: string, variables: Record<string, unknown>) {
  const { body } = await call(here.http, mutation, variables, admin);
  expect(body.errors).toBeUndefined();
}

describe('an API client disabled on one replica', () => {
  it('is refused on the other on an open socket, HTTP and a new socket, and accepted there again once enabled', async () => {
    const { client, secret } = await createClientWithKey(db.prisma, { role: 'INTEGRATOR', insurerId });
    const bearer = { authorization: `Bearer ${secret}` };
    // The other replica caches the key's viewer for a few seconds: the NOTIFY must drop it.
    expect((await call(there.http, VIEWER, {}, bearer)).status).toBe(200);
    const open = keySocket(there.ws, secret);
    expect(await open.acked).toBe(true);

    await act(`mutation($id: ID!) { disableApiClient(input: { id: $id }) { auditSeq } }`, { id: encodeGlobalID('ApiClient', client.id) });
    expect(await open.closed).toBe(4403);
    expect((await call(there.http, VIEWER, {}, bearer)).status).toBe(401);
    const refused = keySocket(there.ws, secret);
    expect([await refused.acked, await refused.closed]).toEqual([false, 4403]);

    await act(`mutation($id: ID!) { enableApiClient(input: { id: $id }) { auditSeq } }`, { id: encodeGlobalID('ApiClient', client.id) });
    const back = await call(there.http, VIEWER, {}, bearer);
    expect([back.status, back.body.data?.viewer?.role]).toEqual([200, 'INTEGRATOR']);
    const reopened = keySocket(there.ws, secret);
    expect((await reopened.run<{ viewer: { role: string } }>(VIEWER)).data?.viewer.role).toBe('INTEGRATOR');
    reopened.close();
  });
});

describe('a user changed on one replica', () => {
  it('loses the sockets open on the other: a role change reconnects with the new role, a disable ends the session', async () => {
    const user = await createUser(db.prisma, { username: 'viewer.replica', password: PASSWORD, role: 'INSURER_VIEWER', insurerId });
    const session = await logInAt(there.http, 'viewer.replica', PASSWORD);
    const open = sessionSocket(there.ws, session);
    expect((await open.run<{ viewer: { role: string } }>(VIEWER)).data?.viewer.role).toBe('INSURER_VIEWER');

    await act(`mutation($id: ID!) { changeUserRole(input: { id: $id, role: INSURER_AUDITOR }) { auditSeq } }`, { id: encodeGlobalID('User', user.id) });
    expect(await open.closed).toBe(4403);
    const reconnected = sessionSocket(there.ws, session);
    expect((await reconnected.run<{ viewer: { role: string } }>(VIEWER)).data?.viewer.role).toBe('INSURER_AUDITOR');

    await act(`mutation($id: ID!) { disableUser(input: { id: $id }) { auditSeq } }`, { id: encodeGlobalID('User', user.id) });
    expect(await reconnected.closed).toBe(4403);
    expect((await call(there.http, VIEWER, {}, { cookie: session.cookie, 'x-csrf-token': session.csrf })).status).toBe(401);
    const refused = sessionSocket(there.ws, session);
    expect([await refused.acked, await refused.closed]).toEqual([false, 4403]);
  });
});
