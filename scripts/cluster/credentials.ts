import WebSocket from 'ws';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import type { Cluster } from './cluster.js';
import { newKey, post } from './http.js';

// Credentials across replicas: one rate-limit budget, revocation everywhere (the replica scenario's last checks).

/** One fresh key sends 1.5× its budget through the balancer (round-robin over the replicas). */
export async function burst(cluster: Cluster, prisma: PrismaClient, limit: number) {
  const { key } = await newKey(prisma, 'burst');
  const sent = Math.ceil(limit * 1.5);
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < sent) {
        next += 1;
        statuses.push((await post(cluster.url, key, '{ viewer { name } }')).status);
      }
    }),
  );
  const ok = statuses.filter((s) => s === 200).length;
  const limited = statuses.filter((s) => s === 429).length;
  return { limit, sent, ok, limited, other: statuses.length - ok - limited };
}

/**
 * A key with a socket open on every replica (each connected directly, so none is left out)
 * and a cached HTTP viewer there; revoked through one replica, every socket closes and every
 * replica refuses the key at once (its NOTIFY clears the other replicas' caches).
 */
export async function revokeEverywhere(cluster: Cluster, prisma: PrismaClient, ports: number[]) {
  const admin = await newKey(prisma, 'revoker');
  const doomed = await newKey(prisma, 'doomed');
  const closed: Promise<number>[] = [];
  for (const port of ports) {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () =>
        socket.send(
          JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${doomed.key}` } }),
        ),
      );
      socket.on('message', (data) => {
        if (JSON.parse(String(data)).type === 'connection_ack') resolve();
      });
      socket.once('error', reject);
    });
    closed.push(new Promise((resolve) => socket.once('close', (code) => resolve(code))));
    await post(`http://127.0.0.1:${port}`, doomed.key, '{ viewer { name } }'); // warm that replica's key cache
  }
  await post(
    `http://127.0.0.1:${ports[0]}`,
    admin.key,
    'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { auditSeq } }',
    {
      id: encodeGlobalID('ApiKey', doomed.keyId),
    },
  );
  const codes = await Promise.race([
    Promise.all(closed),
    new Promise<number[]>((resolve) => setTimeout(() => resolve([]), 10_000)),
  ]);
  const refused = await Promise.all(
    ports.map(
      async (port) => (await post(`http://127.0.0.1:${port}`, doomed.key, '{ viewer { name } }')).status,
    ),
  );
  return {
    sockets: ports.length,
    closed: codes.filter((c) => c === 4403).length,
    refusedEverywhere: refused.every((s) => s === 401),
  };
}
