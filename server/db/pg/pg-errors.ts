/** Recognising PostgreSQL errors by SQLSTATE (pg and PGlite both expose `code` and `constraint`). */

const UNIQUE_VIOLATION = '23505';

/** True when `err` is a unique violation, optionally of the named constraint or index. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; constraint?: unknown };
  return e.code === UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint);
}
