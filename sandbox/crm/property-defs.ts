import type { ObjectType } from './object-types';

/** HubSpot property value types (Properties v3). */
export const PROPERTY_TYPES = ['string', 'number', 'date', 'datetime', 'enumeration', 'bool', 'phone_number'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export interface PropertyOption {
  label: string;
  value: string;
  displayOrder: number;
  hidden: boolean;
  description?: string;
}

/** Where an enumeration's options come from when they are not a fixed list. */
export type DynamicOptions = 'owners' | 'deal_pipelines' | 'deal_stages' | 'ticket_pipelines' | 'ticket_stages';

/** A property definition as the sandbox keeps it. */
export interface PropertyDefinition {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: string;
  groupName: string;
  description: string;
  options: PropertyOption[];
  displayOrder: number;
  hubspotDefined: boolean;
  readOnlyValue: boolean;
  calculated: boolean;
  hasUniqueValue: boolean;
  hidden: boolean;
  formField: boolean;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  /** Sandbox-only: options resolved from live portal data (stages, owners). */
  dynamicOptions?: DynamicOptions;
  /** Sandbox-only: must be set on create. */
  requiredOnCreate?: boolean;
}

type Extra = Partial<Pick<PropertyDefinition, 'readOnlyValue' | 'calculated' | 'dynamicOptions' | 'requiredOnCreate' | 'description'>> & {
  values?: readonly (string | [string, string])[];
};

type Spec = [name: string, label: string, type: PropertyType, fieldType: string, extra?: Extra];

const READ_ONLY: Extra = { readOnlyValue: true, calculated: true };
const OWNER: Spec = ['hubspot_owner_id', 'Owner', 'enumeration', 'select', { dynamicOptions: 'owners' }];
const COMMON: Spec[] = [
  ['hs_object_id', 'Record ID', 'number', 'number', READ_ONLY],
  ['createdate', 'Create Date', 'datetime', 'date'],
  ['hs_lastmodifieddate', 'Last Modified Date', 'datetime', 'date', READ_ONLY],
];
const LIFECYCLE = ['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer', 'evangelist', 'other'];
/** A subset of HubSpot's `industry` enumeration values. */
export const INDUSTRIES = [
  'COMPUTER_SOFTWARE', 'INFORMATION_TECHNOLOGY_AND_SERVICES', 'MACHINERY', 'LOGISTICS_AND_SUPPLY_CHAIN', 'HOSPITAL_HEALTH_CARE',
  'RETAIL', 'FINANCIAL_SERVICES', 'AUTOMOTIVE', 'FOOD_PRODUCTION', 'CONSTRUCTION', 'MECHANICAL_OR_INDUSTRIAL_ENGINEERING',
  'CHEMICALS', 'MEDICAL_DEVICES', 'TELECOMMUNICATIONS', 'MANAGEMENT_CONSULTING', 'E_LEARNING', 'PHARMACEUTICALS', 'ENVIRONMENTAL_SERVICES',
] as const;

const SPECS: Readonly<Record<ObjectType, Spec[]>> = {
  deals: [
    ['dealname', 'Deal Name', 'string', 'text'],
    ['amount', 'Amount', 'number', 'number'],
    ['closedate', 'Close Date', 'datetime', 'date'],
    ['pipeline', 'Pipeline', 'enumeration', 'select', { dynamicOptions: 'deal_pipelines' }],
    ['dealstage', 'Deal Stage', 'enumeration', 'radio', { dynamicOptions: 'deal_stages' }],
    ['dealtype', 'Deal Type', 'enumeration', 'radio', { values: [['newbusiness', 'New Business'], ['existingbusiness', 'Existing Business']] }],
    ['closed_lost_reason', 'Closed Lost Reason', 'string', 'textarea'],
    ['closed_won_reason', 'Closed Won Reason', 'string', 'textarea'],
    ['description', 'Deal Description', 'string', 'textarea'],
    OWNER,
    ['hs_is_closed_won', 'Is Closed Won', 'bool', 'booleancheckbox', READ_ONLY],
    ['hs_deal_stage_probability', 'Deal Stage Probability', 'number', 'number', READ_ONLY],
  ],
  companies: [
    ['name', 'Company name', 'string', 'text'],
    ['domain', 'Company Domain Name', 'string', 'text'],
    ['lifecyclestage', 'Lifecycle Stage', 'enumeration', 'radio', { values: LIFECYCLE }],
    ['annualrevenue', 'Annual Revenue', 'number', 'number'],
    ['numberofemployees', 'Number of Employees', 'number', 'number'],
    ['industry', 'Industry', 'enumeration', 'select', { values: INDUSTRIES }],
    ['city', 'City', 'string', 'text'],
    ['country', 'Country/Region', 'string', 'text'],
    ['description', 'Description', 'string', 'textarea'],
    OWNER,
  ],
  contacts: [
    ['firstname', 'First Name', 'string', 'text'],
    ['lastname', 'Last Name', 'string', 'text'],
    ['email', 'Email', 'string', 'text'],
    ['jobtitle', 'Job Title', 'string', 'text'],
    ['phone', 'Phone Number', 'phone_number', 'phonenumber'],
    ['company', 'Company Name', 'string', 'text'],
    ['lifecyclestage', 'Lifecycle Stage', 'enumeration', 'radio', { values: LIFECYCLE }],
    OWNER,
  ],
  tickets: [
    ['subject', 'Ticket name', 'string', 'text'],
    ['content', 'Ticket description', 'string', 'textarea'],
    ['hs_pipeline', 'Pipeline', 'enumeration', 'select', { dynamicOptions: 'ticket_pipelines' }],
    ['hs_pipeline_stage', 'Ticket status', 'enumeration', 'select', { dynamicOptions: 'ticket_stages' }],
    ['hs_ticket_priority', 'Priority', 'enumeration', 'select', { values: ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] }],
    ['hs_ticket_category', 'Category', 'enumeration', 'checkbox', { values: ['PRODUCT_ISSUE', 'BILLING_ISSUE', 'FEATURE_REQUEST', 'GENERAL_INQUIRY'] }],
    ['closed_date', 'Close date', 'datetime', 'date'],
    OWNER,
  ],
  notes: [
    ['hs_note_body', 'Note body', 'string', 'html'],
    ['hs_timestamp', 'Activity date', 'datetime', 'date', { requiredOnCreate: true }],
    OWNER,
  ],
  tasks: [
    ['hs_timestamp', 'Due date', 'datetime', 'date', { requiredOnCreate: true }],
    ['hs_task_subject', 'Task Title', 'string', 'text'],
    ['hs_task_body', 'Task notes', 'string', 'html'],
    ['hs_task_status', 'Task Status', 'enumeration', 'select', { values: ['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED'] }],
    ['hs_task_priority', 'Priority', 'enumeration', 'select', { values: ['LOW', 'MEDIUM', 'HIGH', 'NONE'] }],
    ['hs_task_type', 'Task Type', 'enumeration', 'select', { values: ['EMAIL', 'CALL', 'TODO'] }],
    ['hs_task_reminders', 'Reminders', 'string', 'text', { description: 'Epoch milliseconds of the reminder(s), ;-separated.' }],
    OWNER,
  ],
};

/** The default property group of each object type. */
export const DEFAULT_GROUP: Readonly<Record<ObjectType, { name: string; label: string }>> = {
  contacts: { name: 'contactinformation', label: 'Contact information' },
  companies: { name: 'companyinformation', label: 'Company information' },
  deals: { name: 'dealinformation', label: 'Deal information' },
  tickets: { name: 'ticketinformation', label: 'Ticket information' },
  notes: { name: 'engagement', label: 'Engagement' },
  tasks: { name: 'task', label: 'Task' },
};

/** The built-in property definitions of one object type. */
export function defaultPropertyDefinitions(type: ObjectType, createdAt: string): PropertyDefinition[] {
  return [...COMMON, ...SPECS[type]].map(([name, label, ptype, fieldType, extra = {}], index) => ({
    name, label, type: ptype, fieldType, groupName: DEFAULT_GROUP[type].name, description: extra.description ?? '',
    options: (extra.values ?? []).map((v, i) => toOption(v, i)), displayOrder: index, hubspotDefined: true,
    readOnlyValue: extra.readOnlyValue ?? false, calculated: extra.calculated ?? false, hasUniqueValue: name === 'hs_object_id',
    hidden: false, formField: false, createdAt, updatedAt: createdAt, archived: false,
    ...(extra.dynamicOptions ? { dynamicOptions: extra.dynamicOptions } : {}),
    ...(extra.requiredOnCreate ? { requiredOnCreate: true } : {}),
  }));
}

function toOption(value: string | [string, string], displayOrder: number): PropertyOption {
  const [v, label] = typeof value === 'string' ? [value, titleCase(value)] : value;
  return { value: v, label, displayOrder, hidden: false };
}

function titleCase(value: string): string {
  return value.toLowerCase().split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
