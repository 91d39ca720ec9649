/** The CRM object types the sandbox serves, by their v3 path names. */
export const OBJECT_TYPES = ['contacts', 'companies', 'deals', 'tickets', 'notes', 'tasks'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

/** Per-type facts: HubSpot's objectTypeId, singular name, and scopes (fact sheet §4). */
export interface ObjectTypeInfo {
  name: ObjectType;
  singular: string;
  objectTypeId: string;
  /** Any one of these grants read access. */
  readScopes: readonly string[];
  /** Any one of these grants write access. */
  writeScopes: readonly string[];
  /** Any one of these grants property-definition writes. */
  schemaWriteScopes: readonly string[];
}

// Tasks and notes are engagements: their v3 specs require the *contacts* scopes, with
// newer granular read scopes accepted as well (fact sheet §4 table).
const INFO: Readonly<Record<ObjectType, ObjectTypeInfo>> = {
  contacts: info('contacts', 'contact', '0-1', ['crm.objects.contacts.read'], ['crm.objects.contacts.write'], ['crm.schemas.contacts.write']),
  companies: info('companies', 'company', '0-2', ['crm.objects.companies.read'], ['crm.objects.companies.write'], ['crm.schemas.companies.write']),
  deals: info('deals', 'deal', '0-3', ['crm.objects.deals.read'], ['crm.objects.deals.write'], ['crm.schemas.deals.write']),
  tickets: info('tickets', 'ticket', '0-5', ['tickets'], ['tickets'], ['tickets']),
  notes: info('notes', 'note', '0-46', ['crm.objects.contacts.read', 'crm.objects.notes.read'], ['crm.objects.contacts.write'], ['crm.schemas.contacts.write']),
  tasks: info('tasks', 'task', '0-27', ['crm.objects.contacts.read', 'crm.objects.tasks.read'], ['crm.objects.contacts.write'], ['crm.schemas.contacts.write']),
};

function info(
  name: ObjectType,
  singular: string,
  objectTypeId: string,
  readScopes: string[],
  writeScopes: string[],
  schemaWriteScopes: string[],
): ObjectTypeInfo {
  return { name, singular, objectTypeId, readScopes, writeScopes, schemaWriteScopes };
}

const ALIASES = new Map<string, ObjectType>();
for (const type of OBJECT_TYPES) {
  const entry = INFO[type];
  for (const alias of [type, entry.singular, entry.objectTypeId]) ALIASES.set(alias.toLowerCase(), type);
}

/** Resolves "deals", "deal", "DEAL" or "0-3" to the canonical type; undefined if unknown. */
export function resolveObjectType(raw: string): ObjectType | undefined {
  return ALIASES.get(raw.toLowerCase());
}

/** The facts for one object type. */
export function objectTypeInfo(type: ObjectType): ObjectTypeInfo {
  return INFO[type];
}

/** Properties read by default when a request names none (HubSpot returns a small default set). */
export const DEFAULT_READ_PROPERTIES: Readonly<Record<ObjectType, readonly string[]>> = {
  contacts: ['firstname', 'lastname', 'email'],
  companies: ['name', 'domain'],
  deals: ['dealname', 'amount', 'closedate', 'pipeline', 'dealstage'],
  tickets: ['subject', 'content', 'hs_pipeline', 'hs_pipeline_stage', 'hs_ticket_priority'],
  notes: ['hs_note_body', 'hs_timestamp'],
  tasks: ['hs_task_subject', 'hs_task_status', 'hs_task_priority', 'hs_timestamp'],
};

/** Properties every object has and every read returns. */
export const ALWAYS_RETURNED = ['hs_object_id', 'createdate', 'hs_lastmodifieddate'] as const;
