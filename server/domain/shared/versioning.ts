import { staleVersion } from '../errors.js';

/**
 * Optimistic locking: a command first compares the loaded row's version (fast, clear error),
 * then writes with `where: { id, version }` so a concurrent writer between load and write is
 * caught too (`count === 0`).
 */
export function checkVersion(
  entity: string,
  row: { id: string; version: number },
  expectedVersion: number,
): void {
  if (row.version !== expectedVersion) throw staleVersion(entity, row.id, expectedVersion, row.version);
}

export function assertUpdated(
  count: number,
  entity: string,
  row: { id: string; version: number },
  expectedVersion: number,
): void {
  if (count !== 1) throw staleVersion(entity, row.id, expectedVersion, row.version + 1);
}
