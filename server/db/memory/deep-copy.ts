/**
 * A deep copy of plain data (objects, arrays, Dates, primitives) made with this realm's constructors.
 * Memory adapters copy on the way in and out, so callers never share state with the store, as with a
 * database. (Not structuredClone: under jest it returns Dates from another realm, which fail `instanceof Date`.)
 */
export function deepCopy<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map((v) => deepCopy(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, deepCopy(v)])) as T;
  }
  return value;
}
