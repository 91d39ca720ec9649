/**
 * What Regain asks of HubSpot, in Regain's words, for one portal. The only implementation that talks to
 * HubSpot is sdk-port.ts (over @hubspot/api-client and the PortalClient, which owns rate limiting, token
 * refresh, short retries and error mapping); it also owns chunking (chunk.ts) and paging. Unit tests use
 * the queued fake in test/fakes/queued-hubspot-port.ts. Errors are HubSpotApiError (404 for an unknown id).
 */
export type CrmObjectType = 'deals' | 'companies' | 'contacts' | 'notes' | 'tickets' | 'tasks';
export type Props = Record<string, string | null>;

/** One associated record and the association type ids linking it. */
export interface AssociatedRecord {
  id: string;
  typeIds: number[];
}

/** One page of a v3 read's inline associations of one type (`deal.associations.companies`). */
export type InlineAssociations = { results?: Array<{ id: string; type?: string }>; paging?: { next?: { after?: string } } } | undefined;

export interface RecordWithAssociations {
  id: string;
  properties: Props;
  /** Inline associations by type; a type HubSpot paged (more than 100) must be read again with listAssociations. */
  associations: Record<string, InlineAssociations>;
}

export type DealWithAssociations = RecordWithAssociations;

export interface DealSearch {
  filters: Array<{ propertyName: string; operator: string; value?: string; values?: string[] }>;
  /** Sorted by `hs_object_id` ascending (keyset paging). */
  properties: string[];
  limit: number;
  /** HubSpot's own paging cursor (`paging.next.after`), for callers that page that way. */
  after?: string;
}

export interface PipelineDefinition {
  id: string;
  label: string;
  stages: Array<{ id: string; label: string; metadata?: Record<string, string> }>;
}

export interface PropertyDefinition {
  name: string;
  label?: string;
  type?: string;
  fieldType?: string;
  groupName?: string;
  options?: Array<{ label: string; value: string; displayOrder?: number; hidden?: boolean }>;
}

/** A task to create, already in HubSpot's property names; `key` is echoed back as objectWriteTraceId. */
export interface TaskInput {
  key: string;
  properties: Record<string, string>;
  associations: Array<{ toId: string; typeId: number }>;
}

export interface BatchWriteResult<K> {
  written: Array<{ key: K; id: string; properties: Props }>;
  failed: Array<{ key: K; error: string }>;
}

export interface HubSpotPort {
  readonly portalId: string;
  // Reads.
  readDeal(dealId: string, properties: readonly string[], associations: readonly CrmObjectType[]): Promise<DealWithAssociations>;
  /** One company with its inline associations (the card's single-deal gathering: its deals and notes in the same call). */
  readCompany(companyId: string, properties: readonly string[], associations: readonly CrmObjectType[]): Promise<RecordWithAssociations>;
  /** Batch reads by id (any number; unknown ids are absent from the map). */
  readRecords(type: CrmObjectType, ids: readonly string[], properties: readonly string[]): Promise<Map<string, Props>>;
  /** Every `toType` record associated with one record, every page. */
  listAssociations(fromType: CrmObjectType, id: string, toType: CrmObjectType): Promise<AssociatedRecord[]>;
  /** Every `toType` record associated with each id, every page; ids without associations are absent. */
  batchAssociations(fromType: CrmObjectType, toType: CrmObjectType, ids: readonly string[]): Promise<Map<string, AssociatedRecord[]>>;
  searchDeals(query: DealSearch): Promise<{ total: number; deals: Array<{ id: string; properties: Props }>; after?: string }>;
  dealPipelines(): Promise<PipelineDefinition[]>;
  /** Whether `ownerId` is an active owner of the portal (false on 404). */
  ownerExists(ownerId: number): Promise<boolean>;
  // Writes.
  updateDeal(dealId: string, properties: Record<string, string>): Promise<void>;
  /** Batch updates (any number); inputs a 207 failed come back in `failed`. */
  updateDeals(updates: ReadonlyArray<{ dealId: string; properties: Record<string, string> }>): Promise<BatchWriteResult<string>>;
  /** Batch creates (any number); each result is matched to its input by `key`. */
  createTasks(tasks: readonly TaskInput[]): Promise<BatchWriteResult<string>>;
  archiveTasks(taskIds: readonly string[]): Promise<void>;
  completeWorkflowCallback(callbackId: string, outputFields: Record<string, string>): Promise<void>;
  // Provisioning (Regain's property group and properties on deals).
  dealPropertyDefinitions(): Promise<PropertyDefinition[]>;
  dealPropertyGroups(): Promise<Array<{ name: string; label: string }>>;
  /** Creates a group; a 409 (it exists) is success. */
  createDealPropertyGroup(group: { name: string; label: string; displayOrder?: number }): Promise<void>;
  /** Creates a property; a 409 (it exists) is success. */
  createDealProperty(definition: PropertyDefinition & { label: string; description: string }): Promise<void>;
  updateDealPropertyOptions(name: string, options: NonNullable<PropertyDefinition['options']>): Promise<void>;
  // Test records (regain verify-hubspot only).
  firstRecordId(type: 'companies' | 'contacts'): Promise<string | null>;
  createRecord(type: 'deals' | 'tasks', properties: Record<string, string>): Promise<string>;
  /** Links two records with the pair's default association; answers the type id HubSpot used. */
  associateDefault(fromType: CrmObjectType, fromId: string, toType: CrmObjectType, toId: string): Promise<number | null>;
  archiveRecord(type: 'deals' | 'tasks', id: string): Promise<void>;
}
