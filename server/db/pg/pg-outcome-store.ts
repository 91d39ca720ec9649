/** Lost customers and their reacquisition in PostgreSQL/PGlite (table `lost_customers`). */
import type { Kysely, Selectable } from 'kysely';
import type { LostCustomerOutcome, OutcomeStore, PortalId } from '../ports';
import type { DB, LostCustomersTable } from '../schema';

export class PgOutcomeStore implements OutcomeStore {
  constructor(private readonly db: Kysely<DB>) {}

  async trackLoss(portalId: PortalId, loss: { dealId: string; companyId: string | null; lostAt: Date | null }, now: Date): Promise<void> {
    await this.trackLosses(portalId, [loss], now);
  }

  async trackLosses(portalId: PortalId, losses: Array<{ dealId: string; companyId: string | null; lostAt: Date | null }>, now: Date): Promise<void> {
    const unique = [...new Map(losses.map((l) => [l.dealId, l])).values()];
    if (unique.length === 0) return;
    await this.db
      .insertInto('lost_customers')
      .values(unique.map((l) => ({ portal_id: portalId, deal_id: l.dealId, company_id: l.companyId, lost_at: l.lostAt, created_at: now, updated_at: now })))
      .onConflict((oc) =>
        oc
          .columns(['portal_id', 'deal_id'])
          .doUpdateSet((eb) => ({ company_id: eb.ref('excluded.company_id'), lost_at: eb.ref('excluded.lost_at'), updated_at: eb.ref('excluded.updated_at') }))
          // A reacquired customer stays reacquired; an unchanged row is not rewritten.
          .where((eb) =>
            eb.and([
              eb('lost_customers.reacquired_at', 'is', null),
              eb.or([eb('lost_customers.company_id', 'is distinct from', eb.ref('excluded.company_id')), eb('lost_customers.lost_at', 'is distinct from', eb.ref('excluded.lost_at'))]),
            ]),
          ),
      )
      .execute();
  }

  async markReacquired(portalId: PortalId, dealId: string, how: Parameters<OutcomeStore['markReacquired']>[2], now: Date): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('lost_customers')
        .values({ portal_id: portalId, deal_id: dealId, company_id: how.companyId ?? null, lost_at: how.lostAt ?? null, created_at: now, updated_at: now })
        .onConflict((oc) => oc.columns(['portal_id', 'deal_id']).doNothing())
        .execute();
      const result = await trx
        .updateTable('lost_customers')
        .set({ reacquired_at: how.reacquiredAt, won_deal_id: how.wonDealId, detected_by: how.detectedBy, updated_at: now })
        .where('portal_id', '=', portalId)
        .where('deal_id', '=', dealId)
        .where('reacquired_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    });
  }

  async listOpen(portalId: PortalId, filter: { companyIds?: string[]; limit?: number; afterDealId?: string } = {}): Promise<LostCustomerOutcome[]> {
    if (filter.companyIds && filter.companyIds.length === 0) return [];
    let q = this.db.selectFrom('lost_customers').selectAll().where('portal_id', '=', portalId).where('reacquired_at', 'is', null);
    if (filter.companyIds) q = q.where('company_id', 'in', filter.companyIds);
    if (filter.afterDealId !== undefined) q = q.where('deal_id', '>', filter.afterDealId);
    q = q.orderBy('deal_id');
    if (filter.limit !== undefined) q = q.limit(filter.limit);
    return (await q.execute()).map(fromRow);
  }

  async list(portalId: PortalId): Promise<LostCustomerOutcome[]> {
    return (await this.db.selectFrom('lost_customers').selectAll().where('portal_id', '=', portalId).orderBy('deal_id').execute()).map(fromRow);
  }
}

function fromRow(row: Selectable<LostCustomersTable>): LostCustomerOutcome {
  return {
    portalId: row.portal_id,
    dealId: row.deal_id,
    companyId: row.company_id,
    lostAt: row.lost_at,
    reacquiredAt: row.reacquired_at,
    wonDealId: row.won_deal_id,
    detectedBy: row.detected_by,
  };
}
