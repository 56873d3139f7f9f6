import WebSocket from 'ws';

/**
 * Raw graphql-ws sockets for the credential tests: what a client sees when its credential is
 * accepted, refused at connection_init, or revoked while the socket is open (the close code),
 * and which viewer an operation over the socket runs as.
 */
export interface SocketResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestSocket {
  /** True once acknowledged; false when the socket closed before (refused credential). */
  acked: Promise<boolean>;
  /** The close code, whenever the socket closes. */
  closed: Promise<number>;
  /** Runs one operation over the socket and resolves with its first result (or its errors). */
  run<T = Record<string, unknown>>(query: string): Promise<SocketResult<T>>;
  close(): void;
}

export function openSocket(wsUrl: string, connectionParams: Record<string, unknown>, headers: Record<string, string> = {}): TestSocket {
  const ws = new WebSocket(wsUrl, 'graphql-transport-ws', { headers });
  const pending = new Map<string, (payload: unknown) => void>();
  let nextId = 0;
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const acked = new Promise<boolean>((resolve) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: unknown };
      if (message.type === 'connection_ack') resolve(true);
      if (message.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
      const answer = message.id !== undefined ? pending.get(message.id) : undefined;
      if (!answer) return;
      if (message.type === 'next') answer(message.payload);
      if (message.type === 'error') answer({ errors: message.payload });
      if (message.type === 'complete') answer({ errors: [{ message: 'completed without a result' }] });
    });
    ws.on('error', () => resolve(false));
    void closed.then(() => resolve(false));
  });
  return {
    acked,
    closed,
    async run<T>(query: string): Promise<SocketResult<T>> {
      if (!(await acked)) return { errors: [{ message: 'socket closed' }] };
      const id = String(++nextId);
      return new Promise((resolve) => {
        pending.set(id, (payload) => {
          pending.delete(id);
          resolve(payload as SocketResult<T>);
        });
        void closed.then(() => resolve({ errors: [{ message: 'socket closed' }] }));
        ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
      });
    },
    close: () => ws.close(),
  };
}

/** Logs in over HTTP at `graphqlUrl`; the cookie header and CSRF token a browser would hold. */
export async function logInAt(graphqlUrl: string, username: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { csrfToken } }`,
      variables: { u: username, p: password },
    }),
  });
  const body = (await res.json()) as { data?: { login: { csrfToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`login of ${username} failed: ${JSON.stringify(body.errors)}`);
  return { cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrf: body.data.login.csrfToken };
}

/** A socket opened with a session cookie and its CSRF token, as the console opens one. */
export function sessionSocket(wsUrl: string, session: { cookie: string; csrf: string }): TestSocket {
  return openSocket(wsUrl, { csrfToken: session.csrf }, { cookie: session.cookie });
}

/** A socket opened with an API key in connection_init. */
export function keySocket(wsUrl: string, key: string): TestSocket {
  return openSocket(wsUrl, { authorization: `Bearer ${key}` });
}
