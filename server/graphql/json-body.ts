import { isUtf8 } from 'node:buffer';
import type { NextFunction, Request, Response } from 'express';
import { BodyRefused, hasBody, readBody } from '../http-body.js';

/**
 * The POST body of /graphql as JSON, in express.json's place: read by `readBody`, which stops
 * at the limit (a chunked body over it is refused without reading the rest; express.json read
 * it to its end first). UTF-8 only (invalid bytes would otherwise become U+FFFD in names and
 * remarks), a leading byte-order mark dropped, and an object or an array, as express.json's
 * strict mode (`1` or `"x"` is not a request). An empty body is `{}` (the request then lacks
 * `query`); no body at all leaves `req.body` undefined. Refusals carry body-parser's `type`,
 * which the /graphql error handler words.
 */
export function readJsonBody(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // Apollo's middleware wants the property present, body or not (a GET has none).
    req.body = undefined;
    if (req.method !== 'POST' || !hasBody(req)) return next();
    readBody(req, res, maxBytes)
      .then(parseJson)
      .then(
        (body) => {
          req.body = body;
          next();
        },
        (error: unknown) => next(error),
      );
  };
}

/** JSON's whitespace (RFC 8259 §2): space, tab, LF, CR. */
const LEADING_WHITESPACE = /^[ \t\n\r]*/;

function parseJson(bytes: Buffer): unknown {
  if (!isUtf8(bytes)) throw new BodyRefused(400, 'encoding.invalid', 'Request body is not valid UTF-8');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.length === 0) return {};
  const first = text.slice(LEADING_WHITESPACE.exec(text)![0].length)[0];
  // The text goes with the refusal, as body-parser's did: `null` or `1` is valid JSON of the
  // wrong kind, and the error handler says so (http.ts scalarJsonKind).
  if (first !== '{' && first !== '[')
    throw Object.assign(
      new BodyRefused(400, 'entity.parse.failed', first === undefined ? 'Unexpected end of JSON input' : `Unexpected token ${JSON.stringify(first)}, expected an object`),
      { body: text },
    );
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BodyRefused(400, 'entity.parse.failed', (error as Error).message);
  }
}
