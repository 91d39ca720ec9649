/** Recognising PostgreSQL errors by SQLSTATE (pg and PGlite both expose `code` and `constraint`). */

const UNIQUE_VIOLATION = '23505';

/** True when `err` is a unique violation, optionally of the named constraint or index. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; constraint?: unknown };
  return e.code === UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint);
}

/**
 * True when PostgreSQL refused a value itself: SQLSTATE class 22 (data exception: 22021 NUL or an invalid
 * byte sequence in text, 22P05 NUL in jsonb, 22P02 an unpaired surrogate in jsonb or a malformed number,
 * 22001 too long, 22003 out of range, 22007/22008 bad date) or 54000 (program limit: a key too large for
 * its btree index). Input is meant to be refused at the edge; this is the backstop (a 400, never a 500).
 * Looks through `cause` chains, since adapters wrap driver errors.
 */
export function isInvalidInputError(err: unknown): boolean {
  for (let e = err, depth = 0; typeof e === 'object' && e !== null && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (/^22[0-9A-Z]{3}$/.test(code) || code === '54000')) return true;
  }
  return false;
}
