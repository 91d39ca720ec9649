import type { z } from 'zod';
import { validationError } from './errors';

/** Parses a JSON body with a zod schema; a failure is a 400 VALIDATION_ERROR listing every issue. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({ message: issue.message, code: issue.code.toUpperCase(), in: issue.path.join('.') }));
  throw validationError(`Invalid input JSON: ${errors.map((e) => `${e.in || '(body)'}: ${e.message}`).join('; ')}`, errors);
}
