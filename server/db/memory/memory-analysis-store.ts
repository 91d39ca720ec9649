/** Defection analyses, their confirmations and change history, in memory. */
import { deepCopy } from './deep-copy';
import type { DefectionAnalysis, DefectionSegment } from '../../../src/types';
import type { AnalysisChange, AnalysisConfirmation, AnalysisStore, AnalysisText, PortalId, SegmentAgreementCount, StoredAnalysis } from '../ports';
import { confirmationValues, DEFAULT_LIST_LIMIT, MAX_ANALYSIS_TEXT, suggestionValues, SYSTEM_ACTOR, valuesBefore } from '../store-rules';
import { portalKey, type PortalScoped } from './portal-scoped';

type ConfirmResult = { ok: true; analysis: StoredAnalysis } | { ok: false; current: StoredAnalysis | undefined };

export class MemoryAnalysisStore implements AnalysisStore, PortalScoped {
  private readonly rows = new Map<string, StoredAnalysis>();
  private readonly changes = new Map<string, AnalysisChange[]>();
  /** The loss reason each analysis was made from. */
  private readonly texts = new Map<string, string>();

  async get(portalId: PortalId, dealId: string): Promise<StoredAnalysis | undefined> {
    const row = this.rows.get(portalKey(portalId, dealId));
    return row && deepCopy(row);
  }

  async saveSuggested(portalId: PortalId, dealId: string, analysis: DefectionAnalysis, now: Date, lostReason?: string): Promise<StoredAnalysis> {
    const key = portalKey(portalId, dealId);
    if (lostReason !== undefined) this.texts.set(key, lostReason.slice(0, MAX_ANALYSIS_TEXT));
    const previous = this.rows.get(key);
    const suggested = JSON.parse(JSON.stringify(analysis)) as DefectionAnalysis;
    const row: StoredAnalysis = { portalId, dealId, suggested, confirmed: previous?.confirmed ?? null, version: (previous?.version ?? 0) + 1, updatedAt: new Date(now) };
    this.rows.set(key, row);
    this.record(key, { version: row.version, by: SYSTEM_ACTOR, at: new Date(now), kind: 'suggested', before: valuesBefore('suggested', previous), after: suggestionValues(suggested) });
    return deepCopy(row);
  }

  async getMany(portalId: PortalId, dealIds: string[]): Promise<StoredAnalysis[]> {
    return dealIds.flatMap((id) => {
      const row = this.rows.get(portalKey(portalId, id));
      return row ? [deepCopy(row)] : [];
    });
  }

  async saveSuggestedMany(portalId: PortalId, items: Array<{ dealId: string; analysis: DefectionAnalysis }>, now: Date): Promise<StoredAnalysis[]> {
    const out: StoredAnalysis[] = [];
    for (const item of items) out.push(await this.saveSuggested(portalId, item.dealId, item.analysis, now));
    return out;
  }

  async confirm(portalId: PortalId, dealId: string, confirmation: AnalysisConfirmation, by: string, now: Date, expectedVersion?: number): Promise<ConfirmResult> {
    const key = portalKey(portalId, dealId);
    const previous = this.rows.get(key);
    if (!previous || (expectedVersion !== undefined && previous.version !== expectedVersion)) {
      return { ok: false, current: previous && deepCopy(previous) };
    }
    const after = confirmationValues(confirmation);
    const row: StoredAnalysis = { ...previous, confirmed: { ...after, by, at: new Date(now) }, version: previous.version + 1, updatedAt: new Date(now) };
    this.rows.set(key, row);
    this.record(key, { version: row.version, by, at: new Date(now), kind: 'confirmed', before: valuesBefore('confirmed', previous), after });
    return { ok: true, analysis: deepCopy(row) };
  }

  /** Oldest first. */
  async history(portalId: PortalId, dealId: string): Promise<AnalysisChange[]> {
    return deepCopy(this.changes.get(portalKey(portalId, dealId)) ?? []);
  }

  /** Newest first (by `updatedAt`, then deal id). */
  async list(portalId: PortalId, options: { limit?: number } = {}): Promise<StoredAnalysis[]> {
    return [...this.rows.values()]
      .filter((a) => a.portalId === portalId)
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.dealId.localeCompare(b.dealId))
      .slice(0, options.limit ?? DEFAULT_LIST_LIMIT)
      .map((a) => deepCopy(a));
  }

  async recordTexts(portalId: PortalId, items: Array<{ dealId: string; text: string }>): Promise<void> {
    for (const { dealId, text } of items) {
      const key = portalKey(portalId, dealId);
      if (this.rows.has(key)) this.texts.set(key, text.slice(0, MAX_ANALYSIS_TEXT));
    }
  }

  async agreementBySegment(portalId: PortalId): Promise<SegmentAgreementCount[]> {
    const by = new Map<DefectionSegment, SegmentAgreementCount>();
    for (const row of this.rows.values()) {
      if (row.portalId !== portalId || !row.confirmed) continue;
      const c = by.get(row.confirmed.segment) ?? { segment: row.confirmed.segment, confirmed: 0, agreed: 0 };
      c.confirmed += 1;
      if (row.suggested.classification.segment === row.confirmed.segment) c.agreed += 1;
      by.set(c.segment, c);
    }
    return [...by.values()];
  }

  async listTexts(portalId: PortalId, options: { confirmed: boolean; limit: number }): Promise<AnalysisText[]> {
    const at = (a: StoredAnalysis) => (options.confirmed ? a.confirmed!.at : a.updatedAt).getTime();
    return [...this.rows.entries()]
      .filter(([key, a]) => a.portalId === portalId && this.texts.has(key) && (!options.confirmed || a.confirmed))
      .sort(([, a], [, b]) => at(b) - at(a) || (a.dealId < b.dealId ? -1 : a.dealId > b.dealId ? 1 : 0))
      .slice(0, options.limit)
      .map(([key, a]) => ({ dealId: a.dealId, text: this.texts.get(key)!, suggestedSegment: a.suggested.classification.segment, confirmedSegment: a.confirmed?.segment ?? null }));
  }

  deletePortal(portalId: PortalId): void {
    for (const [key, row] of this.rows) {
      if (row.portalId !== portalId) continue;
      this.rows.delete(key);
      this.changes.delete(key);
      this.texts.delete(key);
    }
  }

  private record(key: string, change: AnalysisChange): void {
    this.changes.set(key, [...(this.changes.get(key) ?? []), change]);
  }
}
