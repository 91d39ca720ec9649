/** The backfill's close-date window from user input: `YYYY-MM-DD` (a whole UTC day) or a full ISO date-time. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses one end of the window; `end` makes a plain date mean the end of that day. Null when invalid. */
export function parseWindowDate(value: string, end: 'start' | 'end'): Date | null {
  if (DAY.test(value)) {
    const d = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return null;
    return end === 'end' ? new Date(d.getTime() + 86_400_000 - 1) : d;
  }
  if (!ISO.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Both ends parsed and in order, or the problems with them. */
export function parseWindow(since: string | undefined, until: string | undefined): { ok: true; since: Date | null; until: Date | null } | { ok: false; problems: Array<{ field: 'since' | 'until'; message: string }> } {
  const problems: Array<{ field: 'since' | 'until'; message: string }> = [];
  const s = since === undefined ? null : parseWindowDate(since, 'start');
  const u = until === undefined ? null : parseWindowDate(until, 'end');
  if (since !== undefined && !s) problems.push({ field: 'since', message: `"${since}" is not a date (YYYY-MM-DD or an ISO date-time)` });
  if (until !== undefined && !u) problems.push({ field: 'until', message: `"${until}" is not a date (YYYY-MM-DD or an ISO date-time)` });
  if (s && u && s.getTime() > u.getTime()) problems.push({ field: 'until', message: 'must not be before since' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, since: s, until: u };
}
