import { TABLE_ASSOCIATION_IDS, type AssociationIdMap } from './crm/association-ids';
import { AssociationStore } from './crm/association-store';
import { ObjectStore } from './crm/object-store';
import { OBJECT_TYPES, type ObjectType } from './crm/object-types';
import { defaultDealPipelines, defaultTicketPipelines, type Pipeline, type PipelineStage, type PipelineVariant } from './crm/pipelines';
import { DEFAULT_GROUP, defaultPropertyDefinitions, type PropertyDefinition } from './crm/property-defs';
import type { PropertyContext } from './crm/validate';
import type { DealTruth } from './seed/types';

/** A HubSpot user who can own records (Owners v3 shape). */
export interface Owner {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  userId: number;
  userIdIncludingInactive: number;
  type: 'PERSON';
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  teams: { id: string; name: string; primary: boolean }[];
}

export interface PropertyGroup {
  name: string;
  label: string;
  displayOrder: number;
  archived: boolean;
}

/** Who made a change, as webhook events report it. */
export interface ChangeSource {
  changeSource: 'INTEGRATION' | 'CRM_UI' | 'IMPORT';
  sourceId: string;
}

/** One property change, reported to the webhook dispatcher. */
export interface PropertyChange {
  portalId: number;
  objectType: ObjectType;
  objectId: string;
  propertyName: string;
  propertyValue: string | null;
  source: ChangeSource;
  occurredAt: number;
}

/** A workflow-action callback completion received through the Automation v4 API. */
export interface CallbackCompletion {
  callbackId: string;
  outputFields: Record<string, unknown>;
  completedAt: number;
  via: 'single' | 'batch';
}

export interface PortalOptions {
  id: number;
  name: string;
  domain: string;
  createdAt: number;
  pipelineVariant: PipelineVariant;
  /** First record id; portals get disjoint id ranges so cross-portal mix-ups 404. */
  idStart: number;
}

/** One HubSpot account: its records, schema, pipelines, owners and app state. Fully isolated. */
export class Portal {
  readonly id: number;
  readonly name: string;
  readonly domain: string;
  readonly createdAt: number;
  readonly stores = {} as Record<ObjectType, ObjectStore>;
  readonly properties = {} as Record<ObjectType, Map<string, PropertyDefinition>>;
  readonly groups = {} as Record<ObjectType, Map<string, PropertyGroup>>;
  readonly pipelines: { deals: Pipeline[]; tickets: Pipeline[] };
  readonly associations = new AssociationStore();
  /** Association type ids as this account's API shows them (set by the world from its variants). */
  associationIds: AssociationIdMap = TABLE_ASSOCIATION_IDS;
  readonly owners: Owner[] = [];
  readonly callbacks: CallbackCompletion[] = [];
  truth: DealTruth[] = [];
  installed = false;
  changeListener: ((change: PropertyChange) => void) | undefined;
  private nextId: number;

  constructor(opts: PortalOptions) {
    this.id = opts.id;
    this.name = opts.name;
    this.domain = opts.domain;
    this.createdAt = opts.createdAt;
    this.nextId = opts.idStart;
    const iso = new Date(opts.createdAt).toISOString();
    for (const type of OBJECT_TYPES) {
      this.stores[type] = new ObjectStore();
      this.properties[type] = new Map(defaultPropertyDefinitions(type, iso).map((d) => [d.name, d]));
      const group = DEFAULT_GROUP[type];
      this.groups[type] = new Map([[group.name, { ...group, displayOrder: 0, archived: false }]]);
    }
    this.pipelines = { deals: defaultDealPipelines(opts.pipelineVariant, iso), tickets: defaultTicketPipelines(iso) };
  }

  /** A fresh record id (numeric string). */
  newId(): string {
    return String(this.nextId++);
  }

  /** Adds an owner and returns it. */
  addOwner(fields: Pick<Owner, 'email' | 'firstName' | 'lastName'> & { teams?: Owner['teams'] }): Owner {
    const n = this.owners.length + 1;
    const iso = new Date(this.createdAt).toISOString();
    const owner: Owner = {
      id: String(this.id * 100 + n), userId: this.id * 10 + n, userIdIncludingInactive: this.id * 10 + n, type: 'PERSON',
      createdAt: iso, updatedAt: iso, archived: false, teams: fields.teams ?? [], email: fields.email,
      firstName: fields.firstName, lastName: fields.lastName,
    };
    this.owners.push(owner);
    return owner;
  }

  /** A deal or ticket stage by pipeline and stage id. */
  findStage(kind: 'deals' | 'tickets', pipelineId: string | null | undefined, stageId: string | null | undefined): PipelineStage | undefined {
    return this.pipelines[kind].find((p) => p.id === pipelineId)?.stages.find((s) => s.id === stageId);
  }

  /** The definition lookups and dynamic options used to validate writes to one object type. */
  propertyContext(type: ObjectType): PropertyContext {
    return {
      definition: (name) => this.properties[type].get(name),
      dynamicValues: (def, record) => this.dynamicValues(def, record),
    };
  }

  private dynamicValues(def: PropertyDefinition, record: Record<string, string | null>): ReadonlySet<string> | undefined {
    switch (def.dynamicOptions) {
      case 'owners': return new Set(this.owners.filter((o) => !o.archived).map((o) => o.id));
      case 'deal_pipelines': return new Set(this.pipelines.deals.map((p) => p.id));
      case 'ticket_pipelines': return new Set(this.pipelines.tickets.map((p) => p.id));
      case 'deal_stages': return stageIds(this.pipelines.deals, record.pipeline ?? 'default');
      case 'ticket_stages': return stageIds(this.pipelines.tickets, record.hs_pipeline ?? '0');
      default: return undefined;
    }
  }
}

function stageIds(pipelines: Pipeline[], pipelineId: string): Set<string> {
  return new Set(pipelines.find((p) => p.id === pipelineId)?.stages.map((s) => s.id) ?? []);
}
