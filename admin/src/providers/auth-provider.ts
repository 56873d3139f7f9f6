import type { ApolloClient } from '@apollo/client';
import type { AuthProvider } from 'react-admin';
import { HttpError } from 'react-admin';
import { ViewerQuery } from './auth-documents.js';
import { LoginMutation, LogoutMutation } from './login-documents.js';
import { closeSubscriptions } from './graphql-client.js';
import { setCsrfToken } from './session.js';
import { graphQLErrorsOf } from './data/data-provider.js';
import { localisedMessage } from './data/errors.js';

export interface HubIdentity {
  id: string;
  fullName: string;
  role: string;
  capabilities: string[];
}

/**
 * What the console may show: the capability names of server/auth/capabilities.ts, and the
 * provider a provider's staff act for (their forms are bound to it; raw id, as `viewer` gives it).
 */
export type Permissions = { role: string; capabilities: string[]; providerId?: string | null };

export function canDo(permissions: unknown, capability: string): boolean {
  return !!permissions && ((permissions as Permissions).capabilities ?? []).includes(capability);
}

/**
 * Session sign-in through the access issue's `login` mutation: the server sets the HttpOnly
 * session cookie and the readable CSRF cookie; `viewer` tells who is signed in and which
 * capabilities they hold (the console hides actions from that list; the server checks again).
 */
export function createAuthProvider(client: ApolloClient<unknown>, locale: () => string): AuthProvider {
  let viewer: Promise<{ name: string; role: string; capabilities: string[]; providerId: string | null } | null> | null =
    null;
  const loadViewer = () =>
    (viewer ??= client
      .query({ query: ViewerQuery, fetchPolicy: 'network-only' })
      .then((r) =>
        r.data.viewer
          ? {
              name: r.data.viewer.name,
              role: r.data.viewer.role,
              capabilities: r.data.viewer.capabilities,
              providerId: r.data.viewer.providerId ?? null,
            }
          : null,
      )
      .catch(() => null));
  const forget = async () => {
    viewer = null;
    setCsrfToken(null);
    closeSubscriptions();
    await client.clearStore().catch(() => undefined);
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      await forget();
      try {
        const { data } = await client.mutate({
          mutation: LoginMutation,
          variables: { input: { username, password } },
        });
        setCsrfToken(data?.login.csrfToken ?? null);
      } catch (error) {
        const gql = graphQLErrorsOf(error);
        throw new Error(gql[0] ? localisedMessage(gql[0], locale()) : (error as Error).message);
      }
      viewer = null;
      if (!(await loadViewer())) throw new Error('login succeeded but no session');
    },
    async logout() {
      await client.mutate({ mutation: LogoutMutation }).catch(() => undefined);
      await forget();
    },
    async checkAuth() {
      if (!(await loadViewer())) throw new Error('not signed in');
    },
    async checkError(error: unknown) {
      const status = (error as HttpError)?.status;
      const code = ((error as HttpError)?.body as { code?: string } | undefined)?.code;
      if (status === 401 || code === 'UNAUTHENTICATED') {
        viewer = null;
        throw new Error('session ended');
      }
    },
    async getIdentity() {
      const v = await loadViewer();
      if (!v) throw new Error('not signed in');
      return {
        id: v.name,
        fullName: v.name,
        role: v.role,
        capabilities: v.capabilities,
      } satisfies HubIdentity;
    },
    async getPermissions() {
      const v = await loadViewer();
      return v
        ? ({ role: v.role, capabilities: v.capabilities, providerId: v.providerId } satisfies Permissions)
        : null;
    },
  };
}
