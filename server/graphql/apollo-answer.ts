import { parse as urlParse } from 'node:url';
import type { Request, Response } from 'express';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/**
 * Apollo's Express integration (@as-integrations/express5 `expressMiddleware`) with the answer
 * written here instead of by `res.send`. /graphql is a router of the hub's one Express app, not
 * a sub-application (server/http.ts: entering a sub-application re-parents every request and
 * response object), so Express's `send` would tag answers with the app's ETag and answer a
 * conditional GET 304; GraphQL answers are per viewer and `no-store`, and carry neither. The
 * rest is the integration's: the request's headers, method, query string and parsed body go
 * to `executeHTTPGraphQLRequest`, its status, headers and body come back.
 */
export function apolloAnswer<C extends BaseContext>(
  server: ApolloServer<C>,
  context: (exchange: { req: Request; res: Response }) => Promise<C>,
) {
  server.assertStarted('apolloAnswer()');
  return async (req: Request, res: Response): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        // As the integration reads it (url.parse), only where there is a query string.
        search: req.url.includes('?') ? (urlParse(req.url).search ?? '') : '',
        body: req.body as unknown,
      },
      context: () => context({ req, res }),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status || 200;
    if (answer.body.kind === 'complete') return writeText(res, answer.body.string);
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/**
 * A whole text answer, as `res.send` writes a string (UTF-8, the charset named in its
 * Content-Type, a Content-Length) without ETag or conditional-request handling. A HEAD (sent
 * on as GET, http-protocol.ts `headAsGet`) gets no body: Node knows it from the request line.
 */
export function writeText(res: Response, text: string): void {
  const type = res.getHeader('content-type');
  if (typeof type !== 'string') res.setHeader('content-type', 'text/html; charset=utf-8');
  else if (!/;\s*charset=/i.test(type)) res.setHeader('content-type', `${type}; charset=utf-8`);
  res.setHeader('content-length', Buffer.byteLength(text, 'utf8'));
  res.end(text, 'utf8');
}
