import type { z } from 'zod';
import { ValidationError } from '../errors';

/** Parses untrusted input once, at the edge; a failure is a 400 listing every issue (code, path, message). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((i) => ({ code: i.code, path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message })),
    `The ${what} is not valid.`,
  );
}
