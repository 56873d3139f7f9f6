import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../server/audit/webhooks/signature.js';

export interface ReceivedRequest {
  seq: string;
  attempt: number;
  status: number;
  signatureValid: boolean;
  body: { seq: string; type: string; id: string; hash: string };
}

/**
 * A local webhook receiver. `answer(seq, nth)` decides the HTTP status for the nth request
 * (1-based) carrying that seq; every request is recorded with its signature check.
 */
export async function startReceiver(secret: () => string, answer: (seq: string, nth: number) => number) {
  const requests: ReceivedRequest[] = [];
  const seen = new Map<string, number>();
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const seq = String(req.headers['x-hub-seq']);
    const nth = (seen.get(seq) ?? 0) + 1;
    seen.set(seq, nth);
    const status = answer(seq, nth);
    requests.push({
      seq,
      attempt: Number(req.headers['x-hub-attempt']),
      status,
      signatureValid: verifySignature(secret(), req.headers['x-hub-signature'] as string | undefined, text),
      body: JSON.parse(text),
    });
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    requests,
    /** Seqs acknowledged with a 2xx, in arrival order. */
    acknowledged: () => requests.filter((r) => r.status < 300).map((r) => r.seq),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
