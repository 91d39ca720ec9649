/** Lost customers and their reacquisition in memory: the same rules as PgOutcomeStore. */
import type { LostCustomerOutcome, OutcomeStore, PortalId } from '../ports';
import { deepCopy } from './deep-copy';
import { portalKey, type PortalScoped } from './portal-scoped';

export class MemoryOutcomeStore implements OutcomeStore, PortalScoped {
  private readonly rows = new Map<string, LostCustomerOutcome>();

  async trackLoss(portalId: PortalId, loss: { dealId: string; companyId: string | null; lostAt: Date | null }): Promise<void> {
    const key = portalKey(portalId, loss.dealId);
    const row = this.rows.get(key);
    if (row?.reacquiredAt) return;
    this.rows.set(key, { portalId, dealId: loss.dealId, companyId: loss.companyId, lostAt: loss.lostAt && new Date(loss.lostAt), reacquiredAt: null, wonDealId: null, detectedBy: null });
  }

  async trackLosses(portalId: PortalId, losses: Array<{ dealId: string; companyId: string | null; lostAt: Date | null }>): Promise<void> {
    for (const loss of losses) await this.trackLoss(portalId, loss);
  }

  async markReacquired(portalId: PortalId, dealId: string, how: Parameters<OutcomeStore['markReacquired']>[2]): Promise<boolean> {
    const key = portalKey(portalId, dealId);
    const row = this.rows.get(key) ?? { portalId, dealId, companyId: how.companyId ?? null, lostAt: how.lostAt ?? null, reacquiredAt: null, wonDealId: null, detectedBy: null };
    if (row.reacquiredAt) return false;
    this.rows.set(key, deepCopy({ ...row, reacquiredAt: how.reacquiredAt, wonDealId: how.wonDealId, detectedBy: how.detectedBy }));
    return true;
  }

  async listOpen(portalId: PortalId, filter: { companyIds?: string[]; limit?: number; afterDealId?: string } = {}): Promise<LostCustomerOutcome[]> {
    const companies = filter.companyIds ? new Set(filter.companyIds) : null;
    const open = [...this.rows.values()]
      .filter((r) => r.portalId === portalId && !r.reacquiredAt && (!companies || (r.companyId !== null && companies.has(r.companyId))))
      .filter((r) => filter.afterDealId === undefined || r.dealId > filter.afterDealId)
      .sort((a, b) => (a.dealId < b.dealId ? -1 : a.dealId > b.dealId ? 1 : 0));
    return deepCopy(filter.limit === undefined ? open : open.slice(0, filter.limit));
  }

  async list(portalId: PortalId): Promise<LostCustomerOutcome[]> {
    return deepCopy([...this.rows.values()].filter((r) => r.portalId === portalId).sort((a, b) => (a.dealId < b.dealId ? -1 : a.dealId > b.dealId ? 1 : 0)));
  }

  deletePortal(portalId: PortalId): void {
    for (const [key, row] of this.rows) if (row.portalId === portalId) this.rows.delete(key);
  }
}
