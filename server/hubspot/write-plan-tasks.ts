/**
 * Writes plan items as HubSpot tasks exactly once, even across retries and crashes:
 * 1. Every task body ends with a reference line carrying the item's idempotency key.
 * 2. Before creating, read the tasks already on the deal (every page of its associations) and adopt any
 *    that carry one of our keys (a previous attempt that died after HubSpot created them but before we recorded it).
 *    Only items that may have been sent before are looked for: a stored plan item is marked just before it is sent
 *    (plan-lifecycle.ts), so on a plan's first write no task of it can exist and the look-up is skipped.
 * 3. Create the rest in batches with inline associations (task→deal 216, →company 192, →contact 204),
 *    matched back to items by their key; inputs that failed in a 207 are reported.
 */
import type { PlanItemInput } from '../db/ports';
import type { HubSpotPort, TaskInput } from './port/hubspot-port';
import { refOfTaskBody, taskBodyWithRef } from './port/task-ref';
import { linkedRecords, PRIMARY_COMPANY, primaryOrFirst, type InlineAssociations } from './read-associations';

export interface TaskToWrite {
  idempotencyKey: string;
  title: string;
  body: string;
  dueDate: Date;
  priority: 'HIGH' | 'MEDIUM' | 'LOW';
  ownerId: string | null;
  /** Active-waiting reminders also set HubSpot's reminder on the due date. */
  remind: boolean;
  /** False only when the item was never sent to HubSpot, so no task of it can exist: no look-up before creating it. */
  mayExist?: boolean;
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

export interface DealTasks {
  target: TaskTarget;
  items: TaskToWrite[];
}

export const ASSOCIATION = { taskToDeal: 216, taskToCompany: 192, taskToContact: 204 } as const;

export { refOfTaskBody, taskBodyWithRef } from './port/task-ref';

/** A stored plan item as the task to write (the one item→task mapping). */
export const taskOfItem = (i: PlanItemInput & { writeAttemptedAt?: Date | null }): TaskToWrite => ({
  idempotencyKey: i.idempotencyKey,
  title: i.title,
  body: i.body,
  dueDate: i.dueDate,
  priority: i.priority,
  ownerId: i.ownerId,
  remind: i.kind === 'reminder',
  mayExist: i.writeAttemptedAt !== null,
});

/** Finds tasks on the deal that already carry a Regain reference: key → task id. */
export async function findExistingRegainTasks(hubspot: HubSpotPort, dealId: string): Promise<Map<string, string>> {
  // Every page of the deal's tasks: a task missed here would be created a second time.
  const tasks = await hubspot.listAssociations('deals', dealId, 'tasks');
  return regainRefsOf(hubspot, tasks.map((t) => t.id));
}

/** Reads tasks by id and keeps those carrying a Regain reference line: key → task id. */
async function regainRefsOf(hubspot: HubSpotPort, taskIds: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (taskIds.length === 0) return found;
  for (const [id, props] of await hubspot.readRecords('tasks', taskIds, ['hs_task_body'])) {
    const key = refOfTaskBody(props.hs_task_body);
    if (key && !found.has(key)) found.set(key, id);
  }
  return found;
}

/**
 * Where a deal's tasks go: the deal, its primary company (else the first) and its first contact, from a v3
 * read's inline associations (`associations=companies,contacts`), every page when HubSpot paged them.
 */
export async function taskTargetOf(hubspot: HubSpotPort, dealId: string, inline: Record<string, InlineAssociations> | undefined): Promise<TaskTarget> {
  const [companies, contacts] = await Promise.all([
    linkedRecords(hubspot, 'deals', dealId, 'companies', inline?.companies, PRIMARY_COMPANY),
    linkedRecords(hubspot, 'deals', dealId, 'contacts', inline?.contacts),
  ]);
  return { dealId, companyId: primaryOrFirst(companies)?.id ?? null, contactId: contacts[0]?.id ?? null };
}

/** Reads the deal's links and returns where its tasks go (one deal read). */
export async function readTaskTarget(hubspot: HubSpotPort, dealId: string): Promise<{ target: TaskTarget; dealOwnerId: string | null }> {
  const deal = await hubspot.readDeal(dealId, ['hubspot_owner_id'], ['companies', 'contacts']);
  return { target: await taskTargetOf(hubspot, dealId, deal.associations), dealOwnerId: deal.properties.hubspot_owner_id ?? null };
}

/** Creates the tasks that do not exist yet on one deal (a batch of one); see the module comment for the exactly-once steps. */
export const writePlanTasks = (hubspot: HubSpotPort, target: TaskTarget, items: TaskToWrite[]): Promise<WriteTasksResult> => writePlanTasksForDeals(hubspot, [{ target, items }]);

/**
 * The exactly-once write for many deals' plans at once: associations batch reads (every page) find the
 * tasks already on the deals, then the rest is created across deals.
 */
export async function writePlanTasksForDeals(hubspot: HubSpotPort, plans: DealTasks[]): Promise<WriteTasksResult> {
  const withItems = plans.filter((p) => p.items.length > 0);
  if (withItems.length === 0) return { written: [], failed: [] };
  // Tasks already on these deals (a previous attempt that died before recording them), where one may be.
  const lookUp = withItems.filter((p) => p.items.some((i) => i.mayExist !== false)).map((p) => p.target.dealId);
  if (lookUp.length === 0) return adoptOrCreate(hubspot, new Map(), withItems);
  const links = await hubspot.batchAssociations('deals', 'tasks', lookUp);
  const taskIds = [...links.values()].flatMap((tasks) => tasks.map((t) => t.id));
  return adoptOrCreate(hubspot, await regainRefsOf(hubspot, taskIds), withItems);
}

/** Adopts the items HubSpot already has (`existing`: key → task id) and creates the rest, whichever deal they belong to. */
async function adoptOrCreate(hubspot: HubSpotPort, existing: Map<string, string>, plans: DealTasks[]): Promise<WriteTasksResult> {
  const result: WriteTasksResult = { written: [], failed: [] };
  const missing: TaskInput[] = [];
  for (const p of plans) {
    for (const item of p.items) {
      const taskId = existing.get(item.idempotencyKey);
      if (taskId) result.written.push({ idempotencyKey: item.idempotencyKey, taskId, adopted: true });
      else missing.push(toInput(item, p.target));
    }
  }
  if (missing.length === 0) return result;
  const created = await hubspot.createTasks(missing);
  for (const w of created.written) result.written.push({ idempotencyKey: w.key, taskId: w.id, adopted: false });
  for (const f of created.failed) result.failed.push({ idempotencyKey: f.key, error: f.error });
  return result;
}

function toInput(item: TaskToWrite, target: TaskTarget): TaskInput {
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
    key: item.idempotencyKey,
    properties,
    associations: [
      { toId: target.dealId, typeId: ASSOCIATION.taskToDeal },
      ...(target.companyId ? [{ toId: target.companyId, typeId: ASSOCIATION.taskToCompany }] : []),
      ...(target.contactId ? [{ toId: target.contactId, typeId: ASSOCIATION.taskToContact }] : []),
    ],
  };
}

/** Archives tasks that are still open (not completed): the open future reminders of an ended plan. */
export async function cancelOpenTasks(hubspot: HubSpotPort, taskIds: string[]): Promise<string[]> {
  if (taskIds.length === 0) return [];
  const statuses = await hubspot.readRecords('tasks', taskIds, ['hs_task_status']);
  const open = [...statuses].filter(([, p]) => p.hs_task_status !== 'COMPLETED').map(([id]) => id);
  if (open.length > 0) await hubspot.archiveTasks(open);
  return open;
}
