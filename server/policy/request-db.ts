import { db, type PrismaClient } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';
import { viewerClient } from './rls-client.js';

/**
 * The database as one request's viewer sees it: created on first use and kept for the rest of
 * the operation (the key is the request's context object, so it goes when the context does).
 */
const clients = new WeakMap<object, PrismaClient>();

export function requestDb(ctx: { viewer: Viewer }): PrismaClient {
  let client = clients.get(ctx);
  if (!client) {
    client = viewerClient(db(), ctx.viewer);
    clients.set(ctx, client);
  }
  return client;
}
