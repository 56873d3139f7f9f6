import type { Prisma, PrismaClient } from './generated/prisma/client.js';

/**
 * The process's Prisma client, chosen at start (embedded PGlite or PostgreSQL) by the
 * composition root. Domain commands and the Pothos builder reach it through `db()` so
 * neither holds a client in the request context.
 */
let current: PrismaClient | null = null;

export function setDatabase(client: PrismaClient | null): void {
  current = client;
}

export function db(): PrismaClient {
  if (!current) throw new Error('database not started');
  return current;
}

export type { PrismaClient };
export type Tx = Prisma.TransactionClient;
