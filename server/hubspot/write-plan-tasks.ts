/**
 * Writes plan items as HubSpot tasks exactly once, even across retries and crashes:
 * 1. Every task body ends with a reference line carrying the item's idempotency key.
 * 2. Before creating, read the tasks already on the deal (every page of its associations) and adopt any
 *    that carry one of our keys (a previous attempt that died after HubSpot created them but before we recorded it).
 * 3. Create the rest in batches of 100 with inline associations (task→deal 216, →company 192, →contact 204),
 *    and map results back to items by their reference line; inputs that failed in a 207 are reported.
 */
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/tasks/models/AssociationSpec';
import type { PortalClient } from './portal-client';
import { batchAssociations, linkedRecords, listAssociations, PRIMARY_COMPANY, primaryOrFirst, type InlineAssociations } from './read-associations';

export interface TaskToWrite {
  idempotencyKey: string;
  title: string;
  body: string;
  dueDate: Date;
  priority: 'HIGH' | 'MEDIUM' | 'LOW';
  ownerId: string | null;
  /** Active-waiting reminders also set HubSpot's reminder on the due date. */
  remind: boolean;
}

export interface TaskTarget {
  dealId: string;
  companyId: string | null;
  contactId: string | null;
}

export interface WriteTasksResult {
  written: Array<{ idempotencyKey: string; taskId: string; adopted: boolean }>;
  failed: Array<{ idempotencyKey: string; error: string }>;
}

const MAX_BATCH = 100;
const REF = /Regain ref: (regain:[^\s<]+)/;
export const ASSOCIATION = { taskToDeal: 216, taskToCompany: 192, taskToContact: 204 } as const;

/** The body as written to HubSpot: the plan text plus the reference line. */
export const taskBodyWithRef = (body: string, key: string) => `${body}\n\nRegain ref: ${key}`;
export const refOfTaskBody = (body: string | null | undefined) => (body ? REF.exec(body)?.[1] : undefined);

/** Finds tasks on the deal that already carry a Regain reference: key → task id. */
export async function findExistingRegainTasks(client: Pick<PortalClient, 'call'>, dealId: string): Promise<Map<string, string>> {
  // Every page of the deal's tasks: a task missed here would be created a second time.
  const tasks = await listAssociations(client, 'deals', dealId, 'tasks');
  return regainRefsOf(client, tasks.map((t) => t.id));
}

/** Reads tasks by id (100 per call) and keeps those carrying a Regain reference line: key → task id. */
async function regainRefsOf(client: Pick<PortalClient, 'call'>, taskIds: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < taskIds.length; i += MAX_BATCH) {
    const inputs = taskIds.slice(i, i + MAX_BATCH).map((id) => ({ id }));
    const res = await client.call('tasks.batchRead', 'standard', (c) => c.crm.objects.tasks.batchApi.read({ inputs, properties: ['hs_task_body'], propertiesWithHistory: [] }));
    for (const t of res.results) {
      const key = refOfTaskBody(t.properties.hs_task_body);
      if (key && !found.has(key)) found.set(key, t.id);
    }
  }
  return found;
}

/**
 * Where a deal's tasks go: the deal, its primary company (else the first) and its first contact, from a v3
 * read's inline associations (`associations=companies,contacts`), every page when HubSpot paged them.
 */
export async function taskTargetOf(client: Pick<PortalClient, 'call'>, dealId: string, inline: Record<string, InlineAssociations> | undefined): Promise<TaskTarget> {
  const [companies, contacts] = await Promise.all([
    linkedRecords(client, 'deals', dealId, 'companies', inline?.companies, PRIMARY_COMPANY),
    linkedRecords(client, 'deals', dealId, 'contacts', inline?.contacts),
  ]);
  return { dealId, companyId: primaryOrFirst(companies)?.id ?? null, contactId: contacts[0]?.id ?? null };
}

/** Creates the tasks that do not exist yet; see the module comment for the exactly-once steps. */
export async function writePlanTasks(client: Pick<PortalClient, 'call'>, target: TaskTarget, items: TaskToWrite[]): Promise<WriteTasksResult> {
  if (items.length === 0) return { written: [], failed: [] };
  return adoptOrCreate(client, await findExistingRegainTasks(client, target.dealId), [{ target, items }]);
}

export interface DealTasks {
  target: TaskTarget;
  items: TaskToWrite[];
}

/**
 * The same exactly-once write as writePlanTasks, for many deals' plans at once (the backfill): associations
 * batch reads (every page) find the tasks already on the deals (adopted by their reference line), then
 * the rest is created 100 per call across deals. Returns per-item results like writePlanTasks.
 */
export async function writePlanTasksForDeals(client: Pick<PortalClient, 'call'>, plans: DealTasks[]): Promise<WriteTasksResult> {
  const withItems = plans.filter((p) => p.items.length > 0);
  if (withItems.length === 0) return { written: [], failed: [] };
  // Tasks already on these deals (a previous attempt that died before recording them).
  const links = await batchAssociations(client, 'deals', 'tasks', withItems.map((p) => p.target.dealId));
  const taskIds = [...links.values()].flatMap((tasks) => tasks.map((t) => t.id));
  return adoptOrCreate(client, await regainRefsOf(client, taskIds), withItems);
}

/** Adopts the items HubSpot already has (`existing`: key → task id) and creates the rest, 100 per call whichever deal they belong to. */
async function adoptOrCreate(client: Pick<PortalClient, 'call'>, existing: Map<string, string>, plans: DealTasks[]): Promise<WriteTasksResult> {
  const result: WriteTasksResult = { written: [], failed: [] };
  const missing: Array<{ item: TaskToWrite; target: TaskTarget }> = [];
  for (const p of plans) {
    for (const item of p.items) {
      const taskId = existing.get(item.idempotencyKey);
      if (taskId) result.written.push({ idempotencyKey: item.idempotencyKey, taskId, adopted: true });
      else missing.push({ item, target: p.target });
    }
  }
  for (let i = 0; i < missing.length; i += MAX_BATCH) {
    const chunk = missing.slice(i, i + MAX_BATCH);
    const res = await client.call('tasks.batchCreate', 'standard', (c) => c.crm.objects.tasks.batchApi.create({ inputs: chunk.map((m) => toInput(m.item, m.target)) }));
    const created = new Map<string, string>();
    for (const t of res.results) {
      const key = refOfTaskBody(t.properties.hs_task_body) ?? t.objectWriteTraceId;
      if (key) created.set(key, t.id);
    }
    const errors = 'errors' in res && Array.isArray(res.errors) ? res.errors.map((e) => e.message).join('; ') : '';
    for (const { item } of chunk) {
      const taskId = created.get(item.idempotencyKey);
      if (taskId) result.written.push({ idempotencyKey: item.idempotencyKey, taskId, adopted: false });
      else result.failed.push({ idempotencyKey: item.idempotencyKey, error: errors || 'HubSpot did not return the created task' });
    }
  }
  return result;
}

function toInput(item: TaskToWrite, target: TaskTarget) {
  const assoc = (id: string, typeId: number) => ({ to: { id }, types: [{ associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined, associationTypeId: typeId }] });
  const properties: Record<string, string> = {
    hs_timestamp: item.dueDate.toISOString(),
    hs_task_subject: item.title,
    hs_task_body: taskBodyWithRef(item.body, item.idempotencyKey),
    hs_task_status: 'NOT_STARTED',
    hs_task_priority: item.priority,
    hs_task_type: 'TODO',
  };
  if (item.ownerId) properties.hubspot_owner_id = item.ownerId;
  if (item.remind) properties.hs_task_reminders = String(item.dueDate.getTime());
  return {
    properties,
    objectWriteTraceId: item.idempotencyKey,
    associations: [
      assoc(target.dealId, ASSOCIATION.taskToDeal),
      ...(target.companyId ? [assoc(target.companyId, ASSOCIATION.taskToCompany)] : []),
      ...(target.contactId ? [assoc(target.contactId, ASSOCIATION.taskToContact)] : []),
    ],
  };
}

/** Archives tasks that are still open (not completed): the open future reminders of an ended plan. */
export async function cancelOpenTasks(client: PortalClient, taskIds: string[]): Promise<string[]> {
  const cancelled: string[] = [];
  for (let i = 0; i < taskIds.length; i += MAX_BATCH) {
    const inputs = taskIds.slice(i, i + MAX_BATCH).map((id) => ({ id }));
    const res = await client.call('tasks.batchRead', 'standard', (c) => c.crm.objects.tasks.batchApi.read({ inputs, properties: ['hs_task_status'], propertiesWithHistory: [] }));
    const open = res.results.filter((t) => t.properties.hs_task_status !== 'COMPLETED').map((t) => ({ id: t.id }));
    if (open.length === 0) continue;
    await client.call('tasks.batchArchive', 'standard', (c) => c.crm.objects.tasks.batchApi.archive({ inputs: open }));
    cancelled.push(...open.map((t) => t.id));
  }
  return cancelled;
}

