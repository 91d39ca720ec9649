/**
 * Text PostgreSQL can store. It refuses two things JSON and JavaScript strings allow: the NUL character
 * (`\u0000`: SQLSTATE 22021 in a text column, 22P05 in jsonb) and an unpaired UTF-16 surrogate (`\ud800`
 * alone: 22P02 in jsonb; in a text column it would silently become U+FFFD). Input from our own callers
 * (card, settings page, workflow action, webhooks) with such characters is refused at the edge, naming
 * the field; text read from HubSpot (notes, tickets, reasons) is cleaned instead (`scrubText`), since
 * refusing it would make the deal impossible to analyse.
 */
import { z } from 'zod';

// With the `u` flag a lone surrogate is one code point of category Cs; a well-formed pair is one astral code point.
const UNSTORABLE = /\u0000|\p{Cs}/u;
const UNSTORABLE_ALL = /\u0000|\p{Cs}/gu;

export const UNSTORABLE_TEXT_MESSAGE = 'contains a NUL character or an unpaired surrogate, which cannot be stored';

/** True when PostgreSQL can store `s` as text and inside jsonb. */
export function isStorableText(s: string): boolean {
  return !UNSTORABLE.test(s);
}

/** A string with at most `max` characters that PostgreSQL can store (refused otherwise, with the field's path). */
export function storableText(options: { max: number; min?: number; trim?: boolean }) {
  let s = z.string();
  if (options.trim) s = s.trim();
  if (options.min !== undefined) s = s.min(options.min);
  return s.max(options.max).refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE });
}

/**
 * A HubSpot numeric id (object, event, owner, portal): a string of 1 to 20 digits, or a non-negative
 * integer (written without exponent, so `1e21` is refused rather than stored as "1e+21").
 */
export const hubspotId = z.union([
  z.string().regex(/^\d{1,20}$/, 'must be a numeric HubSpot id (1 to 20 digits)'),
  z
    .number()
    .int()
    .nonnegative()
    .max(99_999_999_999_999_999_999, 'must be a numeric HubSpot id (1 to 20 digits)')
    .transform((n) => BigInt(n).toString()),
]);

/** `s` with NUL characters removed and unpaired surrogates replaced by U+FFFD (what PostgreSQL would store). */
export function scrubText(s: string): string {
  return UNSTORABLE.test(s) ? s.replace(UNSTORABLE_ALL, (c) => (c === '\u0000' ? '' : '\uFFFD')) : s;
}

/** A copy of `value` with every string scrubbed (plain objects and arrays are walked; other values kept). */
export function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return scrubText(value) as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v)])) as T;
  }
  return value;
}
