import { afterAll, beforeAll } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin } from '../factories/viewers.js';
import { createMonitoringWorld, type MonitoringWorld } from './rules/world.js';

/**
 * A test hub with a monitoring world (rules installed), built once for the file and closed after
 * it, and the insurer's admin: the set-up of tests that settle claims through GraphQL.
 */
export function useMonitoringWorld() {
  const env = {} as { hub: TestHub; w: MonitoringWorld; admin: ReturnType<typeof insurerAdmin> };
  beforeAll(async () => {
    env.hub = await createTestHub();
    env.w = await createMonitoringWorld(env.hub.prisma);
    env.admin = insurerAdmin(env.w.insurer.id);
  });
  afterAll(() => env.hub.close());
  return env;
}
