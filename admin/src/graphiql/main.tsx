import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import { csrfToken } from '../providers/session.js';

/**
 * The hub's GraphQL IDE, bundled with the console so that nothing loads from outside (an
 * agency intranet has no internet). It uses the viewer's own credentials: the console's
 * session cookie with its CSRF token, or an API key typed into the headers tab
 * (`{"Authorization": "Bearer ahk_…"}`). Served by the hub at /graphiql where introspection
 * is on (server/http.ts).
 */
const wsUrl = new URL('/graphql', location.href);
wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  subscriptionUrl: wsUrl.toString(),
  wsConnectionParams: { csrfToken: csrfToken() },
  fetch: (input, init) => {
    const headers = new Headers(init?.headers);
    const token = csrfToken();
    if (token && !headers.has('authorization') && !headers.has('x-api-key'))
      headers.set('X-CSRF-Token', token);
    return fetch(input, { ...init, headers, credentials: 'same-origin' });
  },
});

const example = `# 医保协议管理 GraphQL · Agreement hub GraphQL
# Signed in to the console? Your session is used. Otherwise put an API key in Headers:
# {"Authorization": "Bearer ahk_…"}
query Me {
  viewer { name role capabilities }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={example} defaultEditorToolsVisibility="headers" />
  </StrictMode>,
);
