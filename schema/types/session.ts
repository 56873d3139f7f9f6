import { builder } from '../builder.js';
import { ViewerRef } from './viewer.js';
import { logIn } from '../../server/domain/access/log-in.js';
import { logOut } from '../../server/domain/access/log-out.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * Password login for the admin UI. The session token travels only in the HttpOnly cookie set
 * on the HTTP response; the body carries the CSRF token that every later cookie-authenticated
 * request must send as `X-CSRF-Token` (it is also in the readable `hub_csrf` cookie).
 */
const DEFAULT_SESSION_TTL_HOURS = 12;

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({
    username: t.string(),
    password: t.string(),
  }),
});

const LoginPayload = builder.objectRef<{ viewer: Viewer; csrfToken: string; expiresAt: Date }>('LoginPayload').implement({
  fields: (t) => ({
    viewer: t.field({ type: ViewerRef, resolve: (p) => p.viewer }),
    csrfToken: t.exposeString('csrfToken', { description: 'Send as X-CSRF-Token with every request of this session.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

const LogoutPayload = builder.objectRef<{ ended: boolean }>('LogoutPayload').implement({
  fields: (t) => ({
    ended: t.exposeBoolean('ended', { description: 'False when the caller had no session (e.g. an API key).' }),
  }),
});

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    authScopes: { public: true },
    description: 'Sign in with username and password; sets the session cookie. Five failures lock the account for 15 minutes.',
    args: { input: t.arg({ type: LoginInput }) },
    resolve: async (_root, { input }, ctx) => {
      const run = () =>
        logIn(
          { actor: ctx.viewer, requestId: ctx.requestId, sessionTtlHours: ctx.http?.sessionTtlHours ?? DEFAULT_SESSION_TTL_HOURS },
          { username: input.username, password: input.password },
        );
      // Over HTTP, refused passwords count against the caller's address and the account tried
      // (password spraying across accounts would otherwise only meet each account's own lock).
      const result = ctx.http ? await ctx.http.guardLogIn(input.username, run) : await run();
      ctx.http?.setSessionCookies(result.sessionToken, result.csrfToken, result.expiresAt);
      return { viewer: result.viewer, csrfToken: result.csrfToken, expiresAt: result.expiresAt };
    },
  }),
  logout: t.field({
    type: LogoutPayload,
    authScopes: { authenticated: true },
    description: 'End the current session (revoked server-side; its sockets close).',
    resolve: async (_root, _args, ctx) => {
      const ended = await logOut({ actor: ctx.viewer, requestId: ctx.requestId });
      ctx.http?.clearSessionCookies();
      return { ended: ended !== null };
    },
  }),
}));
