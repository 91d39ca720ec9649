import type { ErrorDetail } from '../http/errors';
import type { PropertyDefinition } from './property-defs';

/** Looks up definitions and the allowed values of dynamic enumerations. */
export interface PropertyContext {
  definition(name: string): PropertyDefinition | undefined;
  /** Allowed values of an enumeration whose options come from portal data, given the record's other values. */
  dynamicValues(def: PropertyDefinition, record: Record<string, string | null>): ReadonlySet<string> | undefined;
}

/** Result of normalising a property write. */
export interface NormalizedWrite {
  values: Record<string, string | null>;
  errors: ErrorDetail[];
}

/**
 * Validates and normalises the `properties` of a create or update, the way HubSpot
 * does: unknown names are PROPERTY_DOESNT_EXIST, bad enumeration values INVALID_OPTION,
 * read-only ones READ_ONLY_VALUE. Dates become ISO strings, numbers stay strings.
 * `existing` is the record being updated (its values decide dynamic options such as
 * which pipeline's stages are allowed).
 */
export function normalizeProperties(
  input: Record<string, unknown>,
  ctx: PropertyContext,
  existing: Record<string, string | null> = {},
): NormalizedWrite {
  const values: Record<string, string | null> = {};
  const errors: ErrorDetail[] = [];
  const pending: [PropertyDefinition, unknown][] = [];
  for (const [name, raw] of Object.entries(input)) {
    const def = ctx.definition(name);
    if (!def) errors.push(detail('PROPERTY_DOESNT_EXIST', name, `Property "${name}" does not exist`));
    else if (def.readOnlyValue) errors.push(detail('READ_ONLY_VALUE', name, `Property "${name}" is read-only`));
    else pending.push([def, raw]);
  }
  for (const [def, raw] of pending) {
    const result = normalizeValue(def, raw);
    if ('error' in result) errors.push(result.error);
    else values[def.name] = result.value;
  }
  const merged = { ...existing, ...values };
  for (const [def] of pending) {
    const value = values[def.name];
    if (value === null || value === undefined || def.type !== 'enumeration') continue;
    const error = checkOptions(def, value, ctx.dynamicValues(def, merged));
    if (error) errors.push(error);
  }
  return { values, errors };
}

type ValueResult = { value: string | null } | { error: ErrorDetail };

function normalizeValue(def: PropertyDefinition, raw: unknown): ValueResult {
  if (raw === null || raw === undefined || raw === '') return { value: null };
  if (typeof raw === 'object') return { error: detail('INVALID_PROPERTY_VALUE', def.name, `${JSON.stringify(raw)} is not a valid value for "${def.name}"`) };
  const text = String(raw).trim();
  switch (def.type) {
    case 'number':
      return Number.isFinite(Number(text)) && text !== ''
        ? { value: text }
        : { error: detail('INVALID_FLOAT', def.name, `${text} was not a valid number.`) };
    case 'datetime':
    case 'date':
      return normalizeDate(def, text);
    case 'bool':
      return /^(true|false)$/i.test(text)
        ? { value: text.toLowerCase() }
        : { error: detail('INVALID_BOOLEAN', def.name, `${text} was not a valid boolean.`) };
    default:
      return { value: String(raw) };
  }
}

// HubSpot accepts epoch milliseconds or ISO-8601 for date(time) properties; `date`
// properties must be midnight UTC. The sandbox stores datetimes as ISO strings with ms.
function normalizeDate(def: PropertyDefinition, text: string): ValueResult {
  const ms = /^-?\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isFinite(ms)) return { error: detail('INVALID_DATE', def.name, `${text} is not a valid date`) };
  const iso = new Date(ms).toISOString();
  if (def.type === 'datetime') return { value: iso };
  if (ms % 86_400_000 !== 0) {
    return { error: detail('INVALID_DATE', def.name, `${text} is not at midnight UTC, as date properties require`) };
  }
  return { value: iso.slice(0, 10) };
}

function checkOptions(def: PropertyDefinition, value: string, dynamic: ReadonlySet<string> | undefined): ErrorDetail | undefined {
  const allowed = dynamic ?? new Set(def.options.map((o) => o.value));
  // Multi-select (checkbox) enumerations take ';'-separated values.
  const parts = def.fieldType === 'checkbox' ? value.split(';').filter((v) => v !== '') : [value];
  const bad = parts.find((part) => !allowed.has(part));
  if (bad === undefined) return undefined;
  const list = [...allowed].slice(0, 50).join(', ');
  return detail('INVALID_OPTION', def.name, `${bad} was not one of the allowed options: [${list}]`);
}

function detail(code: string, propertyName: string, message: string): ErrorDetail {
  return { code, message, context: { propertyName: [propertyName] } };
}

/** HubSpot's top-level message for property validation failures. */
export function propertyErrorMessage(errors: readonly ErrorDetail[]): string {
  const items = errors.map((e) => ({ isValid: false, message: e.message, error: e.code, name: e.context?.propertyName?.[0] }));
  return `Property values were not valid: ${JSON.stringify(items)}`;
}
