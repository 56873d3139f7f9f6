import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/**
 * Request bodies read into memory (the /graphql JSON, a knowledge batch file), and the
 * `Expect: 100-continue` answer that lets a client send one.
 *
 * Why not body-parser: on any refusal (too large, a coding that does not decode) it reads the
 * rest of the body, to its end, before answering. A Content-Length over the limit is refused
 * before reading (the routes check it), but a chunked body declares no length: a 1 GB chunked
 * POST to /graphql, anonymous, was read whole to answer 413. Here reading stops at the limit;
 * the refusal's answer closes the connection (http-unread-body.ts drops at most 1 MiB more).
 */

/** The content codings a body may be sent in (Content-Encoding); others are refused (415). */
export const BODY_CODINGS = ['gzip', 'deflate', 'br'] as const;

/** Why a body was not read, in body-parser's error shape (`status`, `type`), which the routes' refusals already speak. */
export class BodyRefused extends Error {
  constructor(
    readonly status: number,
    readonly type: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'BodyRefused';
  }
}

/** Whether the request carries a body at all (type-is's rule: chunked, or a Content-Length). */
export function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined;
}

/**
 * Requests whose client waits for `100 Continue` before sending the body. The server answers
 * it only when a route starts to read (`readBody`, or `sendContinue` before piping): who may
 * send, and what, is decided first, so a refused client never sends its body. Node answered
 * it itself, for every request, before any route ran.
 */
const awaitingContinue = new WeakSet<IncomingMessage>();

/** The server's `checkContinue` listener: remember the request, then handle it as any other. */
export function holdContinue(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    awaitingContinue.add(req);
    handle(req, res);
  };
}

export function awaitsContinue(req: IncomingMessage): boolean {
  return awaitingContinue.has(req);
}

/** The route will read the body: let a waiting client send it. */
export function sendContinue(req: IncomingMessage, res: ServerResponse): void {
  if (!awaitingContinue.delete(req) || res.headersSent) return;
  res.writeContinue();
}

/**
 * The body, decoded by its Content-Encoding, refused (and no longer read) as soon as it passes
 * `maxBytes` decoded: 413 `entity.too.large`; an unknown coding 415 `encoding.unsupported`
 * before a byte is read; bytes the coding does not decode 400.
 */
export function readBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<Buffer> {
  const coding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  let decoder: Transform | null;
  try {
    decoder = decoderFor(coding);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  sendContinue(req, res);
  return new Promise((resolve, reject) => {
    const source = decoder ?? req;
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: BodyRefused | null) => {
      source.off('data', onData).off('end', onEnd).off('error', onError);
      req.off('aborted', onAborted);
      if (decoder) {
        req.unpipe(decoder);
        decoder.destroy();
      }
      if (!error) return resolve(Buffer.concat(chunks, size));
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) stop(new BodyRefused(413, 'entity.too.large', `request entity too large (over ${maxBytes} bytes)`));
      else chunks.push(chunk);
    };
    const onEnd = () => stop(null);
    const onError = (error: Error) => stop(new BodyRefused(400, decoder ? undefined : 'request.aborted', error.message));
    const onAborted = () => stop(new BodyRefused(400, 'request.aborted', 'request aborted'));
    source.on('data', onData).on('end', onEnd).on('error', onError);
    req.on('aborted', onAborted);
    if (decoder) req.pipe(decoder);
  });
}

function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'identity':
      return null;
    case 'gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new BodyRefused(415, 'encoding.unsupported', `unsupported content encoding "${coding}"`);
  }
}
