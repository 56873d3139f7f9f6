import type { Socket } from 'node:net';
import type { Request, Response } from 'express';

/**
 * What is still read (and dropped) of a body its route refused before reading it: enough for
 * an ordinary client that sends its whole body before it reads the answer (fetch reads it
 * anyway once cut off), little enough that an anonymous caller cannot make the hub take in a
 * large upload.
 */
export const UNREAD_DRAIN_BYTES = 1 << 20;

/**
 * How long the hub keeps reading (and dropping) after the answer and its FIN, at most: the
 * lingering close of nginx (`lingering_time`) and Apache. Closing a socket with unread bytes in
 * its receive buffer makes the kernel send a reset instead of a FIN, and a client still sending
 * can lose the answer it has not read yet ("connection reset" instead of the 413: one CI run in
 * about thirty).
 */
export const LINGER_MS = 2_000;

/**
 * After an answer sent while the request body is still arriving: the connection closes after
 * the answer and the rest of the body is read and dropped (never kept) up to `drainBytes`,
 * then cut off. Without this Node drains a kept-alive connection's body to its end, however
 * long: a 401 to an anonymous 100 MB upload read all 100 MB.
 */
export function closeAfterAnswer(req: Request, res: Response, drainBytes: number): void {
  if (req.complete) return;
  // An untouched body declared no longer than the allowance (none, as on a GET) Node drains
  // itself at no risk, and the connection stays open for the client's next request
  // (`req.complete` is false in the handler even for a GET). A body read part-way Node leaves
  // alone: drained here.
  const declared = req.headers['transfer-encoding'] === undefined ? Number(req.headers['content-length'] ?? 0) : Infinity;
  if (!req.readableDidRead && !(declared > drainBytes)) return;
  if (!res.headersSent) res.setHeader('connection', 'close');
  lingerOnClose(req.socket);
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > drainBytes) req.socket.destroy();
  });
  req.resume();
}

/**
 * Node's HTTP server ends a `Connection: close` answer with `socket.destroySoon()`: FIN, then
 * destroy as soon as it is flushed, while the client's body is still arriving. Here the FIN
 * goes out the same way, but the socket stays open to read (the route's drain above drops what
 * arrives) until the client closes its side, the drain allowance is spent, or LINGER_MS pass.
 */
function lingerOnClose(socket: Socket): void {
  socket.destroySoon = function lingeringClose(this: Socket) {
    if (this.writable) this.end();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once('close', () => clearTimeout(timer));
  };
}
