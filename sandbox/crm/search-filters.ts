import { validationError } from '../http/errors';
import type { CrmObject } from './object-store';
import type { PropertyDefinition, PropertyType } from './property-defs';

/** One search filter as the API receives it. */
export interface SearchFilter {
  propertyName?: string;
  operator?: string;
  value?: unknown;
  values?: unknown[];
  highValue?: unknown;
}

export type Predicate = (obj: CrmObject) => boolean;
export type DefinitionLookup = (name: string) => PropertyDefinition | undefined;

const OPERATORS = new Set(['EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IN', 'NOT_IN', 'HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'CONTAINS_TOKEN', 'NOT_CONTAINS_TOKEN']);

/** How values of a property type compare: as numbers, or as (case-folded) strings. */
export type Comparable = number | string;

/**
 * Turns a stored or requested value into something comparable. Numbers and dates compare
 * as numbers (dates may arrive as epoch ms or ISO strings); strings compare case-insensitively.
 */
export function toComparable(type: PropertyType | 'id', raw: unknown): Comparable | undefined {
  if (raw === null || raw === undefined || raw === '') return undefined;
  const text = String(raw);
  if (type === 'number' || type === 'id') {
    const n = Number(text);
    return Number.isFinite(n) ? n : undefined;
  }
  if (type === 'date' || type === 'datetime') {
    const n = /^-?\d+$/.test(text) ? Number(text) : Date.parse(text);
    return Number.isFinite(n) ? n : undefined;
  }
  return text.toLowerCase();
}

/** The comparison type of a property (hs_object_id compares numerically). */
export function comparisonType(def: PropertyDefinition): PropertyType | 'id' {
  return def.name === 'hs_object_id' ? 'id' : def.type;
}

/** Compiles one filter into a predicate; throws 400 on unknown properties or operators. */
export function compileFilter(filter: SearchFilter, lookup: DefinitionLookup): Predicate {
  const name = String(filter.propertyName ?? '');
  const operator = String(filter.operator ?? '');
  const def = lookup(name);
  if (!def) throw validationError(`There was a problem with the request. Property "${name}" does not exist.`, [{ message: `Unknown property ${name}`, code: 'PROPERTY_DOESNT_EXIST' }]);
  if (!OPERATORS.has(operator)) throw validationError(`Unsupported filter operator "${operator}"`);
  const type = comparisonType(def);
  const read = (obj: CrmObject): Comparable | undefined => toComparable(type, obj.properties[name]);
  if (operator === 'HAS_PROPERTY') return (obj) => read(obj) !== undefined;
  if (operator === 'NOT_HAS_PROPERTY') return (obj) => read(obj) === undefined;
  if (operator === 'IN' || operator === 'NOT_IN') return compileSet(operator, filter.values ?? [], type, read);
  if (operator === 'CONTAINS_TOKEN' || operator === 'NOT_CONTAINS_TOKEN') return compileToken(operator, filter.value, name);
  const value = required(toComparable(type, filter.value), name, filter.value);
  if (operator === 'BETWEEN') {
    const high = required(toComparable(type, filter.highValue), name, filter.highValue);
    return (obj) => inRange(read(obj), value, high);
  }
  return compileCompare(operator, value, read);
}

function compileSet(operator: string, rawValues: unknown[], type: PropertyType | 'id', read: (o: CrmObject) => Comparable | undefined): Predicate {
  const set = new Set(rawValues.map((v) => toComparable(type, v)).filter((v) => v !== undefined));
  // NOT_IN (like NEQ) also matches records that have no value (UNCONFIRMED; the sandbox's choice).
  return operator === 'IN' ? (obj) => { const v = read(obj); return v !== undefined && set.has(v); } : (obj) => { const v = read(obj); return v === undefined || !set.has(v); };
}

function compileToken(operator: string, raw: unknown, name: string): Predicate {
  const token = String(raw ?? '').replace(/\*/g, '').toLowerCase();
  const has = (obj: CrmObject): boolean => String(obj.properties[name] ?? '').toLowerCase().includes(token);
  return operator === 'CONTAINS_TOKEN' ? has : (obj) => !has(obj);
}

function compileCompare(operator: string, value: Comparable, read: (o: CrmObject) => Comparable | undefined): Predicate {
  switch (operator) {
    case 'EQ': return (obj) => read(obj) === value;
    case 'NEQ': return (obj) => read(obj) !== value;
    case 'LT': return (obj) => { const v = read(obj); return v !== undefined && v < value; };
    case 'LTE': return (obj) => { const v = read(obj); return v !== undefined && v <= value; };
    case 'GT': return (obj) => { const v = read(obj); return v !== undefined && v > value; };
    default: return (obj) => { const v = read(obj); return v !== undefined && v >= value; };
  }
}

function inRange(v: Comparable | undefined, low: Comparable, high: Comparable): boolean {
  return v !== undefined && v >= low && v <= high;
}

function required(value: Comparable | undefined, name: string, raw: unknown): Comparable {
  if (value === undefined) throw validationError(`Invalid filter value ${JSON.stringify(raw)} for property "${name}"`);
  return value;
}
