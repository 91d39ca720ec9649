/** PlanStore contract: one open plan per deal, idempotent item writes, ending a plan. */
import { ConflictError, NotFoundError } from '../../../../server/errors';
import { aPlan, at, newDealId, newPortalId, planItems, T0 } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

export function planStoreContract(target: StoreTarget): void {
  describe('PlanStore', () => {
    const store = () => target.backend().stores.plans;

    it('creates a plan with its items, in order, all pending', async () => {
      const input = aPlan(newPortalId(), newDealId());
      const { plan, created } = await store().createPlan(input);
      expect(created).toBe(true);
      expect(plan).toEqual({ id: expect.any(String), portalId: input.portalId, dealId: input.dealId, kind: 'win_back', segment: 'bought_away', status: 'active', summary: 'Win them back', createdBy: 'rep-1', createdAt: T0, updatedAt: T0, endedAt: null });
      expect(await store().getPlan(input.portalId, plan.id)).toEqual(plan);
      expect(await store().listItems(input.portalId, plan.id)).toEqual(
        input.items.map((item) => ({ ...item, planId: plan.id, portalId: input.portalId, status: 'pending', hubspotTaskId: null, attempts: 0, lastError: null, writeAttemptedAt: null, updatedAt: T0 })),
      );
    });

    it('creates the plan once: a repeat returns the open plan and writes nothing', async () => {
      const input = aPlan(newPortalId(), newDealId());
      const first = await store().createPlan(input);
      const again = await store().createPlan({ ...input, items: planItems(input.dealId, 5, 'other'), now: at(5) });
      expect(again).toEqual({ plan: first.plan, created: false });
      expect(await store().listItems(input.portalId, first.plan.id)).toHaveLength(3);
      expect(await store().listPlans(input.portalId)).toHaveLength(1);
    });

    it('creates exactly one plan under concurrent requests for the same deal', async () => {
      const input = aPlan(newPortalId(), newDealId());
      const results = await Promise.all(Array.from({ length: 10 }, () => store().createPlan(input)));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.plan.id)).size).toBe(1);
      expect(await store().listPlans(input.portalId)).toHaveLength(1);
      expect(await store().listItems(input.portalId, results[0]!.plan.id)).toHaveLength(3);
    });

    it('records the first HubSpot task id for an item and ignores later ones', async () => {
      const input = aPlan(newPortalId(), newDealId());
      const { plan } = await store().createPlan(input);
      const key = input.items[0]!.idempotencyKey;
      await store().markItemWritten(input.portalId, key, 'task-1', at(1));
      await store().markItemWritten(input.portalId, key, 'task-2', at(2));
      const [item] = await store().listItems(input.portalId, plan.id);
      expect(item).toMatchObject({ status: 'written', hubspotTaskId: 'task-1', attempts: 1, updatedAt: at(1) });
    });

    it('marks items as being sent (write-ahead), only in their own portal', async () => {
      const input = aPlan(newPortalId(), newDealId());
      const { plan } = await store().createPlan(input);
      const [k0, k1] = input.items.map((i) => i.idempotencyKey);
      await store().markWriteAttempted(newPortalId(), [k0!], at(1));
      await store().markWriteAttempted(input.portalId, [k0!, k1!], at(2));
      await store().markWriteAttempted(input.portalId, [], at(3));
      const items = await store().listItems(input.portalId, plan.id);
      expect(items.map((i) => i.writeAttemptedAt)).toEqual([at(2), at(2), null]);
    });

    it('records failures, lets a retry succeed, and never downgrades a written item', async () => {
      const input = aPlan(newPortalId(), newDealId());
      const { plan } = await store().createPlan(input);
      const key = input.items[1]!.idempotencyKey;
      await store().markItemFailed(input.portalId, key, 'HubSpot 502', at(1));
      expect((await store().listItems(input.portalId, plan.id))[1]).toMatchObject({ status: 'failed', lastError: 'HubSpot 502', attempts: 1 });
      await store().markItemWritten(input.portalId, key, 'task-9', at(2));
      await store().markItemFailed(input.portalId, key, 'late failure', at(3));
      expect((await store().listItems(input.portalId, plan.id))[1]).toMatchObject({ status: 'written', hubspotTaskId: 'task-9', attempts: 2, updatedAt: at(2) });
    });

    it('stopping a plan cancels the items not yet written and returns them', async () => {
      const input = aPlan(newPortalId(), newDealId(), { items: planItems('x', 4) });
      const { plan } = await store().createPlan(input);
      const [written, failed, pending1, pending2] = input.items.map((i) => i.idempotencyKey) as [string, string, string, string];
      await store().markItemWritten(input.portalId, written, 'task-1', at(1));
      await store().markItemFailed(input.portalId, failed, 'boom', at(1));
      const cancelled = await store().setPlanStatus(input.portalId, plan.id, 'stopped', at(2));
      expect(cancelled.map((i) => [i.idempotencyKey, i.status])).toEqual([
        [failed, 'cancelled'],
        [pending1, 'cancelled'],
        [pending2, 'cancelled'],
      ]);
      expect(await store().getPlan(input.portalId, plan.id)).toMatchObject({ status: 'stopped', endedAt: at(2), updatedAt: at(2) });
      expect((await store().listItems(input.portalId, plan.id)).map((i) => i.status)).toEqual(['written', 'cancelled', 'cancelled', 'cancelled']);
      expect(await store().setPlanStatus(input.portalId, plan.id, 'stopped', at(3))).toEqual([]);
      await store().markItemWritten(input.portalId, pending1, 'late-task', at(4));
      expect((await store().listItems(input.portalId, plan.id))[2]).toMatchObject({ hubspotTaskId: 'late-task' });
    });

    it('pauses and resumes without cancelling; an ended plan cannot reopen', async () => {
      const input = aPlan(newPortalId(), newDealId());
      const { plan } = await store().createPlan(input);
      expect(await store().setPlanStatus(input.portalId, plan.id, 'paused', at(1))).toEqual([]);
      expect(await store().createPlan({ ...input, now: at(2) })).toMatchObject({ created: false, plan: { id: plan.id, status: 'paused' } });
      expect(await store().setPlanStatus(input.portalId, plan.id, 'active', at(3))).toEqual([]);
      expect((await store().listItems(input.portalId, plan.id)).every((i) => i.status === 'pending')).toBe(true);
      await store().setPlanStatus(input.portalId, plan.id, 'reacquired', at(4));
      await expect(store().setPlanStatus(input.portalId, plan.id, 'active', at(5))).rejects.toBeInstanceOf(ConflictError);
      expect(await store().getPlan(input.portalId, plan.id)).toMatchObject({ status: 'reacquired', endedAt: at(4) });
    });

    it('starts a new plan after the old one ended; the current plan is the open one, else the latest', async () => {
      const portal = newPortalId();
      const deal = newDealId();
      const old = (await store().createPlan(aPlan(portal, deal))).plan;
      expect(await store().getCurrentPlan(portal, deal)).toEqual(old);
      await store().setPlanStatus(portal, old.id, 'stopped', at(1));
      expect(await store().getCurrentPlan(portal, deal)).toMatchObject({ id: old.id, status: 'stopped' });
      await expect(store().createPlan(aPlan(portal, deal, { now: at(2) }))).rejects.toMatchObject({ code: 'plan_item_key_taken' });
      const fresh = await store().createPlan(aPlan(portal, deal, { now: at(2), items: planItems(deal, 2, 'second') }));
      expect(fresh.created).toBe(true);
      expect(await store().getCurrentPlan(portal, deal)).toEqual(fresh.plan);
      expect((await store().listPlans(portal)).map((p) => p.id)).toEqual([fresh.plan.id, old.id]);
      expect((await store().listPlans(portal, { status: ['stopped'] })).map((p) => p.id)).toEqual([old.id]);
      expect(await store().listPlans(portal, { status: [] })).toEqual([]);
    });

    it('never lets one portal read or change another portal’s plan', async () => {
      const [a, b] = [newPortalId(), newPortalId()];
      const deal = newDealId();
      const input = aPlan(a, deal);
      const { plan } = await store().createPlan(input);
      expect(await store().getPlan(b, plan.id)).toBeUndefined();
      expect(await store().getCurrentPlan(b, deal)).toBeUndefined();
      expect(await store().listItems(b, plan.id)).toEqual([]);
      expect(await store().listPlans(b)).toEqual([]);
      await expect(store().setPlanStatus(b, plan.id, 'stopped', at(1))).rejects.toBeInstanceOf(NotFoundError);
      await store().markItemWritten(b, input.items[0]!.idempotencyKey, 'evil', at(1));
      await store().markItemFailed(b, input.items[1]!.idempotencyKey, 'evil', at(1));
      expect((await store().listItems(a, plan.id)).map((i) => i.status)).toEqual(['pending', 'pending', 'pending']);
      expect(await store().getPlan(a, plan.id)).toMatchObject({ status: 'active' });
      // The same deal id and keys in another portal are a different plan.
      expect(await store().createPlan(aPlan(b, deal))).toMatchObject({ created: true, plan: { portalId: b } });
    });
  });
}
