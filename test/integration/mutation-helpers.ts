import { expect } from 'vitest';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { FormattedExecutionResult } from 'graphql';
import type { TestHub } from '../support/hub.js';
import { agencyDay } from '../../server/domain/shared/local-date.js';

/** Helpers shared by the *-mutations tests: global IDs, audit rows, and refused-twin checks. */
export const gid = (type: string, id: string) => encodeGlobalID(type, id);
/** The raw database id inside a global ID a mutation returned. */
export const rawOf = (globalId: string) => decodeGlobalID(globalId).id;

/** Today on the agency's calendar (the product's own "today"), as a date-only value. */
export const agencyToday = (): Date => agencyDay(new Date());
export const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
export const iso = (date: Date) => date.toISOString().slice(0, 10);

export function auditCount(hub: TestHub): Promise<number> {
  return hub.prisma.auditEvent.count();
}

export async function lastEvents(hub: TestHub, n = 1) {
  const rows = await hub.prisma.auditEvent.findMany({ orderBy: { seq: 'desc' }, take: n });
  return rows.reverse();
}

export function eventBySeq(hub: TestHub, seq: string) {
  return hub.prisma.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(seq) } });
}

/** The result succeeded; returns its data. */
export function ok<T>(result: FormattedExecutionResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

/** The result failed with `code`; returns the first error's extensions. */
export function refused(result: FormattedExecutionResult<unknown>, code: string): Record<string, unknown> {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  return result.errors![0]!.extensions as Record<string, unknown>;
}

/**
 * Runs a mutation that must fail and asserts that it changed nothing: no audit event, and the
 * given snapshot of state (a function reading the rows concerned) is unchanged.
 */
export async function expectNoChange(
  hub: TestHub,
  snapshot: () => Promise<unknown>,
  run: () => Promise<FormattedExecutionResult<unknown>>,
  code: string,
): Promise<Record<string, unknown>> {
  const eventsBefore = await auditCount(hub);
  const before = await snapshot();
  const extensions = refused(await run(), code);
  expect(await auditCount(hub)).toBe(eventsBefore);
  expect(await snapshot()).toEqual(before);
  return extensions;
}
