/**
 * Reacquisition plans and items in PostgreSQL/PGlite. Exactly one open (active or paused) plan per deal
 * is enforced by the partial unique index `plans_one_open_per_deal`: of two concurrent createPlan calls,
 * the second's INSERT ... ON CONFLICT DO NOTHING waits for the first and then returns nothing, and it
 * hands back the first one's plan with `created: false`.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DefectionSegment, JusticeDimension, OwnerRole } from '../../../src/types';
import { NotFoundError } from '../../errors';
import type { PlanItemInput, PlanStatus, PlanStore, PortalId, StoredPlan, StoredPlanItem } from '../ports';
import type { DB, PlanItemsTable, PlansTable } from '../schema';
import { forbiddenTransition, isPlanOpen, itemKeyTaken, OPEN_PLAN_STATUSES, planTransition } from '../store-rules';
import { isUniqueViolation } from './pg-errors';

type CreatePlanInput = Parameters<PlanStore['createPlan']>[0];
const OPEN_PLAN = sql<boolean>`status in ('active', 'paused')`;

export class PgPlanStore implements PlanStore {
  constructor(private readonly db: Kysely<DB>) {}

  async createPlan(input: CreatePlanInput): Promise<{ plan: StoredPlan; created: boolean }> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        // 1. An open plan for the deal already? Then it is the answer.
        const open = await openPlan(trx, input.portalId, input.dealId);
        if (open) return { plan: fromPlanRow(open), created: false };
        // 2. Insert; if a concurrent call won the partial unique index meanwhile, return its plan.
        const row = await trx
          .insertInto('plans')
          .values(toPlanRow(input))
          .onConflict((oc) => oc.columns(['portal_id', 'deal_id']).where(OPEN_PLAN).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!row) {
          const winner = await openPlan(trx, input.portalId, input.dealId);
          if (!winner) throw new Error(`plan for deal ${input.dealId} conflicted but none is open`);
          return { plan: fromPlanRow(winner), created: false };
        }
        // 3. Item keys are unique per portal: refuse keys an earlier plan used (rolling back the plan).
        //    Checked only now: before the insert, a concurrent winner's items would look like an old plan's.
        await assertKeysFree(trx, input.portalId, input.items);
        // 4. Its items, in order.
        if (input.items.length > 0) await trx.insertInto('plan_items').values(input.items.map((item, i) => toItemRow(row, item, i, input.now))).execute();
        return { plan: fromPlanRow(row), created: true };
      });
    } catch (err) {
      if (isUniqueViolation(err, 'plan_items_pkey')) throw itemKeyTaken(input.items.map((i) => i.idempotencyKey));
      throw err;
    }
  }

  async getCurrentPlan(portalId: PortalId, dealId: string): Promise<StoredPlan | undefined> {
    const row = await currentPlanQuery(this.db, portalId, dealId).executeTakeFirst();
    return row && fromPlanRow(row);
  }

  async getPlan(portalId: PortalId, planId: string): Promise<StoredPlan | undefined> {
    const row = await this.db.selectFrom('plans').selectAll().where('portal_id', '=', portalId).where('id', '=', planId).executeTakeFirst();
    return row && fromPlanRow(row);
  }

  async listItems(portalId: PortalId, planId: string): Promise<StoredPlanItem[]> {
    const rows = await this.db.selectFrom('plan_items').selectAll().where('portal_id', '=', portalId).where('plan_id', '=', planId).orderBy('position').execute();
    return rows.map(fromItemRow);
  }

  async markItemWritten(portalId: PortalId, idempotencyKey: string, hubspotTaskId: string, now: Date): Promise<void> {
    // `hubspot_task_id is null`: the first task id recorded wins; repeats change nothing.
    await this.db
      .updateTable('plan_items')
      .set((eb) => ({ status: 'written', hubspot_task_id: hubspotTaskId, attempts: eb('attempts', '+', 1), updated_at: now }))
      .where('portal_id', '=', portalId)
      .where('idempotency_key', '=', idempotencyKey)
      .where('hubspot_task_id', 'is', null)
      .execute();
  }

  async markItemFailed(portalId: PortalId, idempotencyKey: string, error: string, now: Date): Promise<void> {
    await this.db
      .updateTable('plan_items')
      .set((eb) => ({ status: 'failed', last_error: error, attempts: eb('attempts', '+', 1), updated_at: now }))
      .where('portal_id', '=', portalId)
      .where('idempotency_key', '=', idempotencyKey)
      .where('status', 'in', ['pending', 'failed'])
      .execute();
  }

  async markWriteAttempted(portalId: PortalId, idempotencyKeys: readonly string[], now: Date): Promise<void> {
    if (idempotencyKeys.length === 0) return;
    await this.db.updateTable('plan_items').set({ write_attempted_at: now }).where('portal_id', '=', portalId).where('idempotency_key', 'in', [...idempotencyKeys]).execute();
  }

  async setPlanStatus(portalId: PortalId, planId: string, status: PlanStatus, now: Date): Promise<StoredPlanItem[]> {
    return this.db.transaction().execute(async (trx) => {
      // 1. Lock the plan and check the transition.
      const plan = await trx.selectFrom('plans').selectAll().where('portal_id', '=', portalId).where('id', '=', planId).forUpdate().executeTakeFirst();
      if (!plan) throw new NotFoundError(`No plan ${planId} in this portal.`);
      const change = planTransition(plan.status, status);
      if (change === 'unchanged') return [];
      if (change === 'forbidden') throw forbiddenTransition(planId, plan.status, status);
      // 2. Update it; an ended plan keeps the first end date.
      const ended = !isPlanOpen(status);
      await trx
        .updateTable('plans')
        .set({ status, updated_at: now, ended_at: ended ? (plan.ended_at ?? now) : null })
        .where('id', '=', planId)
        .execute();
      if (!ended) return [];
      // 3. Items not yet in HubSpot (pending, or failed awaiting a retry) must never be written now.
      const cancelled = await trx
        .updateTable('plan_items')
        .set({ status: 'cancelled', updated_at: now })
        .where('portal_id', '=', portalId)
        .where('plan_id', '=', planId)
        .where('status', 'in', ['pending', 'failed'])
        .returningAll()
        .execute();
      return cancelled.sort((a, b) => a.position - b.position).map(fromItemRow);
    });
  }

  async listPlans(portalId: PortalId, filter: { status?: PlanStatus[] } = {}): Promise<StoredPlan[]> {
    let query = this.db.selectFrom('plans').selectAll().where('portal_id', '=', portalId);
    if (filter.status) {
      if (filter.status.length === 0) return [];
      query = query.where('status', 'in', filter.status);
    }
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
    return rows.map(fromPlanRow);
  }

  /** One count over plans_portal_deal_status_idx. */
  async countEndedPlans(portalId: PortalId, dealId: string): Promise<number> {
    const ended = this.db.selectFrom('plans').where('portal_id', '=', portalId).where('deal_id', '=', dealId).where('status', 'not in', OPEN_PLAN_STATUSES);
    return Number((await ended.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
  }
}

/** The deal's current plan: the open one, else the latest (the deal record reads it too, pg-deal-record-store.ts). */
export function currentPlanQuery(db: Kysely<DB>, portalId: PortalId, dealId: string) {
  return db
    .selectFrom('plans')
    .selectAll()
    .where('portal_id', '=', portalId)
    .where('deal_id', '=', dealId)
    .orderBy(OPEN_PLAN, 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1);
}

function openPlan(trx: Transaction<DB>, portalId: PortalId, dealId: string): Promise<Selectable<PlansTable> | undefined> {
  return trx.selectFrom('plans').selectAll().where('portal_id', '=', portalId).where('deal_id', '=', dealId).where('status', 'in', OPEN_PLAN_STATUSES).executeTakeFirst();
}

async function assertKeysFree(trx: Transaction<DB>, portalId: PortalId, items: PlanItemInput[]): Promise<void> {
  if (items.length === 0) return;
  const taken = await trx
    .selectFrom('plan_items')
    .select('idempotency_key')
    .where('portal_id', '=', portalId)
    .where('idempotency_key', 'in', items.map((i) => i.idempotencyKey))
    .execute();
  if (taken.length > 0) throw itemKeyTaken(taken.map((t) => t.idempotency_key));
}

function toPlanRow(input: CreatePlanInput): Insertable<PlansTable> {
  return {
    id: randomUUID(),
    portal_id: input.portalId,
    deal_id: input.dealId,
    kind: input.kind,
    segment: input.segment,
    status: 'active',
    summary: input.summary,
    created_by: input.createdBy,
    created_at: input.now,
    updated_at: input.now,
    ended_at: null,
  };
}

export function fromPlanRow(row: Selectable<PlansTable>): StoredPlan {
  return {
    id: row.id,
    portalId: row.portal_id,
    dealId: row.deal_id,
    kind: row.kind,
    segment: row.segment as DefectionSegment,
    status: row.status,
    summary: row.summary,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    endedAt: row.ended_at,
  };
}

function toItemRow(plan: Selectable<PlansTable>, item: PlanItemInput, position: number, now: Date): Insertable<PlanItemsTable> {
  return {
    portal_id: plan.portal_id,
    idempotency_key: item.idempotencyKey,
    plan_id: plan.id,
    position,
    kind: item.kind,
    code: item.code,
    title: item.title,
    body: item.body,
    due_date: item.dueDate,
    priority: item.priority,
    justice: item.justice,
    owner_role: item.ownerRole,
    owner_id: item.ownerId,
    status: 'pending',
    hubspot_task_id: null,
    attempts: 0,
    last_error: null,
    write_attempted_at: null,
    created_at: now,
    updated_at: now,
  };
}

export function fromItemRow(row: Selectable<PlanItemsTable>): StoredPlanItem {
  return {
    idempotencyKey: row.idempotency_key,
    kind: row.kind,
    code: row.code,
    title: row.title,
    body: row.body,
    dueDate: row.due_date,
    priority: row.priority,
    justice: row.justice as JusticeDimension | null,
    ownerRole: row.owner_role as OwnerRole | null,
    ownerId: row.owner_id,
    planId: row.plan_id,
    portalId: row.portal_id,
    status: row.status,
    hubspotTaskId: row.hubspot_task_id,
    attempts: row.attempts,
    lastError: row.last_error,
    writeAttemptedAt: row.write_attempted_at,
    updatedAt: row.updated_at,
  };
}
