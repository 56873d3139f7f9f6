import { setImmediate as yieldToIo } from 'node:timers/promises';

/**
 * Keeps the audit stream's CPU work (fan-out, replay) from holding the event loop: work runs
 * in slices of at most SLICE_MS, shared by every subscriber of the process, and between
 * slices pending I/O (requests, database answers) is served.
 *
 * A delivery is a chain of promise continuations (the subscription hands out an item,
 * graphql-ws executes it and writes the frame), so its cost is only visible once the
 * microtask queue has drained: `afterDeliveries()` waits for that (a nextTick queued from a
 * microtask runs after the queue is empty), then `yieldIfSpent()` yields to I/O when the
 * slice is used up.
 */
export const SLICE_MS = 8;

let sliceStart = 0;
let sliceOpen = false;

function spent(): boolean {
  const now = performance.now();
  if (!sliceOpen) {
    // The first check after a yield opens a new slice; it closes at the next check phase.
    sliceOpen = true;
    sliceStart = now;
    setImmediate(() => (sliceOpen = false));
    return false;
  }
  return now - sliceStart > SLICE_MS;
}

/** Yields to I/O (one turn of the event loop) when the current slice is spent. */
export async function yieldIfSpent(): Promise<void> {
  if (spent()) await yieldToIo();
}

/** Resolves once the promise continuations queued so far (and those they queue) have run. */
export function afterDeliveries(): Promise<void> {
  return new Promise((resolve) => process.nextTick(resolve));
}
