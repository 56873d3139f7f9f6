import type { z } from 'zod';
import { InputError } from '../errors.js';

/**
 * Validates a command's input with zod. Commands validate for themselves (a script or a job
 * may call them without the GraphQL edge); paths are prefixed with `input` because every
 * mutation takes its command's input as its `input` argument, so clients see the same path.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(
    result.error.issues.map((issue) => ({
      path: ['input', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: issue.message,
    })),
  );
}

/** One invalid field found by a rule after parsing (cross-field or data-dependent). */
export function invalidField(path: string[], message: string): InputError {
  return new InputError([{ path: ['input', ...path], message }]);
}
