import { afterAll, beforeAll } from 'vitest';
import { createTestHub, type TestHub } from './hub.js';
import { createQueryWorld, type QueryWorld } from '../factories/world.js';

/**
 * The read tests' set-up: a hub on a fresh database with the query world seeded, opened before
 * the file's tests and closed after them. `onOpen` hands both to the file's own variables.
 */
export function useQueryWorld(onOpen: (opened: { hub: TestHub; w: QueryWorld }) => void): void {
  let hub: TestHub | undefined;
  beforeAll(async () => {
    hub = await createTestHub();
    onOpen({ hub, w: await createQueryWorld(hub.prisma) });
  });
  afterAll(async () => {
    await hub?.close();
  });
}
