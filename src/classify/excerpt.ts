/** At most this many characters of a clause are shown (evidence, the decisive cause). */
const MAX_EXCERPT = 160;

/** A span of a text as the rep wrote it, whitespace runs folded, shortened to MAX_EXCERPT characters. */
export function excerpt(text: string, start: number, end: number): string {
  let raw = text.slice(start, Math.min(end, start + MAX_EXCERPT * 2)).trim();
  if (/\s\s|[\n\r\t]/.test(raw)) raw = raw.replace(/\s+/g, ' ');
  return raw.length > MAX_EXCERPT ? `${raw.slice(0, MAX_EXCERPT - 1)}…` : raw;
}
