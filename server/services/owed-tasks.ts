/**
 * The tasks Regain owes the deals it analysed, from its own records: a deal with a plan is owed its plan's
 * items (cancelled ones aside), one without is owed its review task. Settled once every deal is analysed
 * and every owed task written. Read by the demo (`regain demo`) and the reliability runs, which compare it
 * with what HubSpot holds.
 */
import type { PlanItemStatus } from '../db/ports';
import { reviewTaskKey } from './plan-lifecycle';

export interface OwedTasksInput {
  dealIds: readonly string[];
  /** The deals with a stored analysis. */
  analysed: ReadonlySet<string>;
  /** Each deal's plan (the latest), if it has one. */
  planByDeal: ReadonlyMap<string, { id: string }>;
  /** A plan's items. */
  itemsOf: (planId: string) => ReadonlyArray<{ idempotencyKey: string; status: PlanItemStatus }>;
  /** The deals whose review task is written (dealsWithReviewTask). */
  reviewed: ReadonlySet<string>;
  /** False: a deal without a plan is owed nothing (the backfill writes no review tasks). Default true. */
  reviewTasks?: boolean;
}

export interface OwedTasks {
  /** Per analysed deal: the idempotency keys of the tasks HubSpot should hold. */
  keysByDeal: Map<string, string[]>;
  analysed: number;
  plans: number;
  reviews: number;
  /** Tasks owed, and of those written. */
  expected: number;
  written: number;
  /** Plan items not written yet (pending, or failed and to be retried). */
  pendingItems: number;
  settled: boolean;
}

export function owedTasks(input: OwedTasksInput): OwedTasks {
  const owed: OwedTasks = { keysByDeal: new Map(), analysed: 0, plans: 0, reviews: 0, expected: 0, written: 0, pendingItems: 0, settled: true };
  for (const dealId of input.dealIds) {
    if (!input.analysed.has(dealId)) {
      owed.settled = false;
      continue;
    }
    owed.analysed += 1;
    const plan = input.planByDeal.get(dealId);
    if (plan) {
      const items = input.itemsOf(plan.id).filter((i) => i.status !== 'cancelled');
      owed.plans += 1;
      owed.keysByDeal.set(dealId, items.map((i) => i.idempotencyKey));
      owed.expected += items.length;
      owed.written += items.filter((i) => i.status === 'written').length;
      owed.pendingItems += items.filter((i) => i.status === 'pending' || i.status === 'failed').length;
    } else if (input.reviewTasks ?? true) {
      owed.reviews += 1;
      owed.keysByDeal.set(dealId, [reviewTaskKey(dealId)]);
      owed.expected += 1;
      if (input.reviewed.has(dealId)) owed.written += 1;
      else owed.settled = false;
    }
  }
  if (owed.pendingItems > 0) owed.settled = false;
  return owed;
}
