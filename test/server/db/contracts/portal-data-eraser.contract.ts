/** PortalDataEraser contract: everything of one portal goes, nothing of another. */
import { randomUUID } from 'node:crypto';
import type { Stores } from '../../../../server/db/ports';
import { PORTAL_TABLES } from '../../../../server/db/schema';
import { aConfirmation, anAnalysis, anInstallation, aPlan, at, newDealId, newPortalId, someSettings, T0 } from '../helpers/store-fixtures';
import { countPortalRows, type StoreTarget } from '../helpers/store-targets';
import { aGathering } from './evidence-store.contract';

async function populate(stores: Stores, portalId: string, dealId: string) {
  await stores.installations.save(anInstallation(portalId));
  await stores.analyses.saveSuggested(portalId, dealId, anAnalysis(dealId), at(1));
  await stores.analyses.confirm(portalId, dealId, aConfirmation(), 'rep', at(2));
  const { plan } = await stores.plans.createPlan(aPlan(portalId, dealId));
  await stores.events.recordOnce(portalId, 'event-1', T0);
  await stores.settings.put(portalId, someSettings(), T0);
  await stores.audit.append({ portalId, at: T0, action: 'tasks.batch_create', objectType: 'task', objectIds: ['1'], outcome: 'ok', detail: null });
  await stores.backfills.create({ id: `${portalId}-run`, portalId, since: null, until: null, plans: 'none', dryRun: false }, T0);
  await stores.outcomes.trackLoss(portalId, { dealId, companyId: 'c1', lostAt: T0 }, T0);
  await stores.evidence.put({ portalId, dealId, evidenceKey: 'k', gathered: aGathering(dealId), gatheredAt: T0 });
  return plan.id;
}

export function portalDataEraserContract(target: StoreTarget): void {
  describe('PortalDataEraser', () => {
    it('deletes every row of the portal and leaves other portals alone', async () => {
      const { stores, db } = target.backend();
      const [a, b, deal] = [newPortalId(), newPortalId(), newDealId()];
      const planA = await populate(stores, a, deal);
      const planB = await populate(stores, b, deal);
      const state = randomUUID();
      await stores.oauthStates.create(state, at(10));

      await stores.eraser.erasePortal(a);

      expect(await stores.installations.get(a)).toBeUndefined();
      expect(await stores.analyses.get(a, deal)).toBeUndefined();
      expect(await stores.analyses.history(a, deal)).toEqual([]);
      expect(await stores.plans.getPlan(a, planA)).toBeUndefined();
      expect(await stores.plans.listItems(a, planA)).toEqual([]);
      expect(await stores.settings.get(a)).toBeUndefined();
      expect(await stores.audit.list(a)).toEqual([]);
      expect(await stores.backfills.latest(a)).toBeUndefined();
      expect(await stores.outcomes.list(a)).toEqual([]);
      expect(await stores.evidence.get(a, deal)).toBeUndefined();
      expect(await stores.events.recordOnce(a, 'event-1', T0)).toBe(true);
      if (db) for (const table of PORTAL_TABLES.filter((t) => t !== 'processed_events')) expect([table, await countPortalRows(db, table, a)]).toEqual([table, 0]);

      expect(await stores.installations.get(b)).toBeDefined();
      expect(await stores.analyses.history(b, deal)).toHaveLength(2);
      expect(await stores.plans.listItems(b, planB)).toHaveLength(3);
      expect(await stores.settings.get(b)).toEqual(someSettings());
      expect(await stores.audit.list(b)).toHaveLength(1);
      expect((await stores.backfills.latest(b))?.id).toBe(`${b}-run`);
      expect(await stores.outcomes.list(b)).toHaveLength(1);
      expect(await stores.evidence.get(b, deal)).toBeDefined();
      expect(await stores.events.recordOnce(b, 'event-1', T0)).toBe(false);
      expect(await stores.oauthStates.consume(state, at(1))).toBe(true);
    });
  });
}
