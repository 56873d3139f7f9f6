import { createTestHub, type TestHub } from './hub.js';
import { createMonitoringWorld, type MonitoringWorld } from '../integration/rules/world.js';

/**
 * A hub over a fresh test database holding one monitoring world (an insurer with every shipped
 * rule, a knowledge library, providers, a physician, and claim factories): what each claims and
 * screening test file starts from. A second insurer's world, where a file needs one, is
 * `createMonitoringWorld(hub.prisma)`.
 */
export async function createMonitoringHub(): Promise<{ hub: TestHub; world: MonitoringWorld }> {
  const hub = await createTestHub();
  return { hub, world: await createMonitoringWorld(hub.prisma) };
}
