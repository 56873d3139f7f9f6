import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { csrfToken } from './session.js';
import { printPersisted } from './persisted-documents.js';

/** Same origin as the console (the hub serves both), so the session cookie goes along. */
export const GRAPHQL_PATH = '/graphql';

const csrfLink = new ApolloLink((operation, forward) => {
  const token = csrfToken();
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, ...(token ? { 'X-CSRF-Token': token } : {}) },
  }));
  return forward(operation);
});

/**
 * Ends the audit log's socket, if one was opened (after logout the old credential must not
 * keep streaming). The socket's module (subscriptions.ts, with graphql-ws) loads with the audit
 * log screen, not with the console: this registry is all the first load carries of it.
 */
let closeSocket: (() => void) | null = null;
export function onCloseSubscriptions(close: (() => void) | null): void {
  closeSocket = close;
}
export function closeSubscriptions(): void {
  closeSocket?.();
  closeSocket = null;
}

/**
 * Apollo Server answers some refusals with a 4xx status and a GraphQL body (variable
 * coercion 400, expired session 401, bad CSRF token 403). Apollo Client would turn those into
 * a bare network error, and ra-data-graphql drops its body, losing the code and the zh/en
 * messages; handing the body on as a normal GraphQL answer keeps them.
 */
export const fetchKeepingGraphQLErrors: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (response.ok || response.status >= 500 || !response.headers.get('content-type')?.includes('json'))
    return response;
  const body = await response
    .clone()
    .json()
    .catch(() => null);
  if (!body || !Array.isArray(body.errors)) return response;
  return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
};

export function createApolloClient(): ApolloClient<unknown> {
  const http = new HttpLink({
    uri: GRAPHQL_PATH,
    credentials: 'same-origin',
    fetch: fetchKeepingGraphQLErrors,
    // The allow-listed text of each operation (persisted-documents.ts), not Apollo's printing.
    print: printPersisted,
  });
  // Queries and mutations over HTTP; the audit log's live view talks graphql-ws directly
  // (subscriptionClient) because it manages its own replay cursor.
  return new ApolloClient({
    link: csrfLink.concat(http),
    cache: new InMemoryCache(),
    devtools: { enabled: false },
    defaultOptions: {
      query: { fetchPolicy: 'network-only', errorPolicy: 'none' },
      watchQuery: { fetchPolicy: 'network-only' },
    },
  });
}
