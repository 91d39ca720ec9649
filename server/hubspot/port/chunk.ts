/**
 * HubSpot's batch endpoints take at most 100 inputs per call (CRM batch read/update/create/archive and
 * associations v4 batch read: https://developers.hubspot.com/docs/api-reference/crm-objects-v3/guide#batch-operations).
 * The one place a list is split for them.
 */
export const HUBSPOT_BATCH_LIMIT = 100;

/** `xs` in consecutive slices of at most `size` (default: HubSpot's batch limit). */
export function chunk<T>(xs: readonly T[], size = HUBSPOT_BATCH_LIMIT): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  return Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, i * size + size));
}
