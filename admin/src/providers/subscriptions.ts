import { createClient, type Client } from 'graphql-ws';
import { csrfToken } from './session.js';
import { GRAPHQL_PATH, onCloseSubscriptions } from './graphql-client.js';
import { retryDelayMs, type LastClose } from './socket-retry.js';

let wsClient: Client | null = null;
/** The last close, for the wait before the next attempt (socket-retry.ts). */
let lastClose: LastClose | null = null;

/** graphql-ws over the same path; the cookie authenticates the upgrade, the token rides in connection_init. */
export function subscriptionClient(): Client {
  if (!wsClient) {
    const url = new URL(GRAPHQL_PATH, globalThis.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const client = createClient({
      url: url.toString(),
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries, lastClose))),
      on: {
        closed: (event) => (lastClose = event as LastClose),
        connected: () => (lastClose = null),
      },
      connectionParams: () => ({ csrfToken: csrfToken() }),
    });
    wsClient = client;
    onCloseSubscriptions(() => {
      void client.dispose();
      if (wsClient === client) wsClient = null;
    });
  }
  return wsClient;
}
