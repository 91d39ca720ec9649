import { validationError } from '../http/errors';
import type { CrmObject, ObjectStore } from './object-store';
import { compileFilter, comparisonType, toComparable, type Comparable, type DefinitionLookup, type Predicate, type SearchFilter } from './search-filters';

/** The body of `POST /crm/v3/objects/{type}/search`. */
export interface SearchRequest {
  filterGroups?: { filters?: SearchFilter[] }[];
  sorts?: (string | { propertyName?: string; direction?: string })[];
  properties?: string[];
  limit?: number | string;
  after?: string | number;
  query?: string;
}

/** HubSpot's documented search limits (fact sheet §5.7). */
export const SEARCH_LIMITS = { maxLimit: 200, defaultLimit: 10, maxResults: 10_000, maxGroups: 5, maxFiltersPerGroup: 6 } as const;

export interface SearchPage {
  total: number;
  results: CrmObject[];
  nextAfter?: string;
}

interface SortKey { name: string; descending: boolean }
interface CacheEntry { version: number; ids: CrmObject[] }

// Sorted result lists are cached per query and store version so paging through
// 100,000 records does not re-filter and re-sort the whole set on every page.
const caches = new WeakMap<ObjectStore, Map<string, CacheEntry>>();
const CACHE_SIZE = 32;

/** Runs one search page. Throws 400 for bad limits, filters, or paging past 10,000. */
export function searchObjects(store: ObjectStore, lookup: DefinitionLookup, textFields: readonly string[], req: SearchRequest): SearchPage {
  const limit = parseLimit(req.limit);
  const after = parseAfter(req.after);
  // HubSpot caps every query at 10,000 results: asking for a page at or past it is a 400.
  if (after >= SEARCH_LIMITS.maxResults) {
    const message = `Paging beyond ${SEARCH_LIMITS.maxResults} results is not supported (after=${after}); narrow the query, for example by a date window.`;
    throw validationError(message, undefined, { after: [String(after)] });
  }
  const matches = sortedMatches(store, lookup, textFields, req);
  const end = Math.min(after + limit, matches.length);
  const results = matches.slice(after, end);
  return end < matches.length ? { total: matches.length, results, nextAfter: String(end) } : { total: matches.length, results };
}

function sortedMatches(store: ObjectStore, lookup: DefinitionLookup, textFields: readonly string[], req: SearchRequest): CrmObject[] {
  const key = JSON.stringify([req.filterGroups ?? [], req.sorts ?? [], req.query ?? '']);
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.version === store.version) return hit.ids;
  const predicate = compileGroups(req, lookup, textFields);
  const sorts = parseSorts(req.sorts, lookup);
  const matches: CrmObject[] = [];
  for (const obj of store.values()) if (predicate(obj)) matches.push(obj);
  const sorted = sortObjects(matches, sorts, lookup);
  cache.delete(key);
  cache.set(key, { version: store.version, ids: sorted });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return sorted;
}

function compileGroups(req: SearchRequest, lookup: DefinitionLookup, textFields: readonly string[]): Predicate {
  const groups = req.filterGroups ?? [];
  if (groups.length > SEARCH_LIMITS.maxGroups) throw validationError(`Too many filterGroups: ${groups.length} (max ${SEARCH_LIMITS.maxGroups})`);
  const compiled = groups.map((group) => {
    const filters = group.filters ?? [];
    if (filters.length > SEARCH_LIMITS.maxFiltersPerGroup) throw validationError(`Too many filters in a group: ${filters.length} (max ${SEARCH_LIMITS.maxFiltersPerGroup})`);
    const predicates = filters.map((f) => compileFilter(f, lookup));
    return (obj: CrmObject) => predicates.every((p) => p(obj));
  });
  const text = (req.query ?? '').trim().toLowerCase();
  const matchesText = (obj: CrmObject): boolean => !text || textFields.some((f) => String(obj.properties[f] ?? '').toLowerCase().includes(text));
  // filterGroups are OR-ed; the filters inside one group are AND-ed.
  return (obj) => matchesText(obj) && (compiled.length === 0 || compiled.some((g) => g(obj)));
}

// Sorts arrive as strings ("-closedate", "closedate") because the SDK types them so,
// or as objects {propertyName, direction: "ASCENDING"|"DESCENDING"}.
function parseSorts(raw: SearchRequest['sorts'], lookup: DefinitionLookup): SortKey[] {
  return (raw ?? []).map((sort) => {
    const key: SortKey = typeof sort === 'string'
      ? { name: sort.replace(/^[-+]/, ''), descending: sort.startsWith('-') }
      : { name: String(sort.propertyName ?? ''), descending: String(sort.direction ?? '').toUpperCase() === 'DESCENDING' };
    if (!lookup(key.name)) throw validationError(`Cannot sort by unknown property "${key.name}"`);
    return key;
  });
}

// Missing values sort last in both directions; ties break on ascending id (also the default order).
function sortObjects(objects: CrmObject[], sorts: SortKey[], lookup: DefinitionLookup): CrmObject[] {
  const keyed = objects.map((obj) => ({
    obj,
    id: Number(obj.id),
    keys: sorts.map((s) => toComparable(comparisonType(lookup(s.name)!), obj.properties[s.name])),
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < sorts.length; i++) {
      const order = compareKeys(a.keys[i], b.keys[i], sorts[i]!.descending);
      if (order !== 0) return order;
    }
    return a.id - b.id;
  });
  return keyed.map((k) => k.obj);
}

function compareKeys(a: Comparable | undefined, b: Comparable | undefined, descending: boolean): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const order = a < b ? -1 : 1;
  return descending ? -order : order;
}

function parseLimit(raw: SearchRequest['limit']): number {
  if (raw === undefined || raw === null) return SEARCH_LIMITS.defaultLimit;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMITS.maxLimit) {
    throw validationError(`limit must be between 1 and ${SEARCH_LIMITS.maxLimit}, got ${String(raw)}`);
  }
  return limit;
}

function parseAfter(raw: SearchRequest['after']): number {
  if (raw === undefined || raw === null || raw === '') return 0;
  const after = Number(raw);
  if (!Number.isInteger(after) || after < 0) throw validationError(`Invalid paging cursor "after": ${String(raw)}`);
  return after;
}
