/**
 * Defection analyses in PostgreSQL/PGlite: the suggestion as jsonb, the confirmation as columns, a row
 * per change in `analysis_changes`. Writes lock the analysis row (SELECT ... FOR UPDATE) and update it
 * only `WHERE version = <the version read>`, so concurrent saves serialise and versions never repeat
 * (the rows and that rule: pg-analysis-rows.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { DefectionAnalysis, DefectionSegment } from '../../../src/types';
import type { AnalysisChange, AnalysisConfirmation, AnalysisStore, AnalysisText, PortalId, SegmentAgreementCount, StoredAnalysis } from '../ports';
import type { DB } from '../schema';
import { confirmationValues, DEFAULT_LIST_LIMIT, MAX_ANALYSIS_TEXT, suggestionValues, SYSTEM_ACTOR, valuesBefore } from '../store-rules';
import { fromChangeRow, fromRow, insertChanges, insertFirstVersions, lockRow, lockRows, replaceSuggestion, type AnalysisRow } from './pg-analysis-rows';
import { insertFirstSuggestion } from './pg-first-suggestion';
type ConfirmResult = { ok: true; analysis: StoredAnalysis } | { ok: false; current: StoredAnalysis | undefined };

export class PgAnalysisStore implements AnalysisStore {
  constructor(private readonly db: Kysely<DB>) {}

  async get(portalId: PortalId, dealId: string): Promise<StoredAnalysis | undefined> {
    const row = await this.db.selectFrom('analyses').selectAll().where('portal_id', '=', portalId).where('deal_id', '=', dealId).executeTakeFirst();
    return row && fromRow(row);
  }

  async saveSuggested(portalId: PortalId, dealId: string, analysis: DefectionAnalysis, now: Date, lostReason?: string): Promise<StoredAnalysis> {
    const suggested = JSON.stringify(analysis);
    const text = lostReason?.slice(0, MAX_ANALYSIS_TEXT);
    // No analysis yet (a first view, a first webhook): the row and its change in one statement (pg-first-suggestion.ts).
    const first = await insertFirstSuggestion(this.db, portalId, dealId, analysis, { suggested, lostReason: text ?? null }, now);
    if (first) return first;
    return this.db.transaction().execute(async (trx) => {
      // 1. Lock the current row; when there is none, insert (a concurrent first insert makes ours do nothing).
      let previous = await lockRow(trx, portalId, dealId);
      let row: AnalysisRow | undefined;
      if (!previous) {
        [row] = await insertFirstVersions(trx, portalId, [{ dealId, suggested, lostReason: text }], now);
        if (!row) previous = await lockRow(trx, portalId, dealId);
      }
      // 2. Otherwise replace the suggestion, keeping any confirmation.
      if (!row && previous) row = await replaceSuggestion(trx, previous, suggested, now, text);
      if (!row) throw new Error(`analysis ${portalId}/${dealId} vanished while being saved`);
      // 3. Record the change.
      const stored = fromRow(row);
      await insertChanges(trx, [suggestedChange(stored, previous, now)]);
      return stored;
    });
  }

  async getMany(portalId: PortalId, dealIds: string[]): Promise<StoredAnalysis[]> {
    if (dealIds.length === 0) return [];
    const rows = await this.db.selectFrom('analyses').selectAll().where('portal_id', '=', portalId).where('deal_id', 'in', dealIds).execute();
    return rows.map(fromRow);
  }

  /**
   * Like saveSuggested for each item, in one transaction and a few statements: the existing rows are
   * locked, the new ones inserted in one INSERT, existing ones updated from the version read, and every
   * change recorded in one INSERT.
   */
  async saveSuggestedMany(portalId: PortalId, items: Array<{ dealId: string; analysis: DefectionAnalysis }>, now: Date): Promise<StoredAnalysis[]> {
    if (items.length === 0) return [];
    const unique = [...new Map(items.map((i) => [i.dealId, i])).values()];
    if (unique.length !== items.length) {
      const out: StoredAnalysis[] = [];
      for (const i of items) out.push(await this.saveSuggested(portalId, i.dealId, i.analysis, now));
      return out;
    }
    return this.db.transaction().execute(async (trx) => {
      const ids = items.map((i) => i.dealId);
      // 1. Lock what exists; insert the rest (a concurrent first insert makes ours do nothing: then it is updated below).
      let previous = await lockRows(trx, portalId, ids);
      const fresh = items.filter((i) => !previous.has(i.dealId));
      const inserted = new Map<string, AnalysisRow>();
      if (fresh.length > 0) {
        for (const r of await insertFirstVersions(trx, portalId, fresh.map((i) => ({ dealId: i.dealId, suggested: JSON.stringify(i.analysis) })), now)) inserted.set(r.deal_id, r);
        if (inserted.size < fresh.length) previous = await lockRows(trx, portalId, ids);
      }
      // 2. Replace the suggestion of the others, keeping any confirmation.
      const saved = new Map<string, { row: AnalysisRow; before: AnalysisRow | undefined }>();
      for (const i of items) {
        const ins = inserted.get(i.dealId);
        if (ins) {
          saved.set(i.dealId, { row: ins, before: undefined });
          continue;
        }
        const prev = previous.get(i.dealId);
        if (!prev) throw new Error(`analysis ${portalId}/${i.dealId} vanished while being saved`);
        saved.set(i.dealId, { row: await replaceSuggestion(trx, prev, JSON.stringify(i.analysis), now), before: prev });
      }
      // 3. Record every change.
      const stored = items.map((i) => fromRow(saved.get(i.dealId)!.row));
      await insertChanges(trx, stored.map((a) => suggestedChange(a, saved.get(a.dealId)!.before, now)));
      return stored;
    });
  }

  async confirm(portalId: PortalId, dealId: string, confirmation: AnalysisConfirmation, by: string, now: Date, expectedVersion?: number): Promise<ConfirmResult> {
    const after = confirmationValues(confirmation);
    return this.db.transaction().execute(async (trx): Promise<ConfirmResult> => {
      // 1. Lock the row and check the version the caller saw.
      const previous = await lockRow(trx, portalId, dealId);
      if (!previous || (expectedVersion !== undefined && previous.version !== expectedVersion)) {
        return { ok: false, current: previous && fromRow(previous) };
      }
      // 2. Conditional update: only from the version just read.
      const row = await trx
        .updateTable('analyses')
        .set({
          confirmed_segment: after.segment,
          confirmed_source: after.source,
          confirmed_stability: after.stability,
          confirmed_controllability: after.controllability,
          confirmed_note: after.note ?? null,
          confirmed_by: by,
          confirmed_at: now,
          version: previous.version + 1,
          updated_at: now,
        })
        .where('portal_id', '=', portalId)
        .where('deal_id', '=', dealId)
        .where('version', '=', previous.version)
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        // Never `this.db` inside a transaction: on PGlite the session is ours until commit.
        const current = await lockRow(trx, portalId, dealId);
        return { ok: false, current: current && fromRow(current) };
      }
      // 3. Record who changed what.
      const stored = fromRow(row);
      await insertChanges(trx, [{ analysis: stored, change: { by, at: now, kind: 'confirmed', before: valuesBefore('confirmed', fromRow(previous)), after } }]);
      return { ok: true, analysis: stored };
    });
  }

  /** Oldest first. */
  async history(portalId: PortalId, dealId: string): Promise<AnalysisChange[]> {
    const rows = await this.db.selectFrom('analysis_changes').selectAll().where('portal_id', '=', portalId).where('deal_id', '=', dealId).orderBy('version').execute();
    return rows.map(fromChangeRow);
  }

  /** Newest first (by `updatedAt`, then deal id). */
  async list(portalId: PortalId, options: { limit?: number } = {}): Promise<StoredAnalysis[]> {
    const rows = await this.db
      .selectFrom('analyses')
      .selectAll()
      .where('portal_id', '=', portalId)
      .orderBy('updated_at', 'desc')
      .orderBy('deal_id')
      .limit(options.limit ?? DEFAULT_LIST_LIMIT)
      .execute();
    return rows.map(fromRow);
  }

  /** One UPDATE ... FROM (VALUES ...) per 500 deals; an unchanged text is not written again. */
  async recordTexts(portalId: PortalId, items: Array<{ dealId: string; text: string }>): Promise<void> {
    const unique = [...new Map(items.map((i) => [i.dealId, i.text.slice(0, MAX_ANALYSIS_TEXT)])).entries()];
    for (let i = 0; i < unique.length; i += 500) {
      const values = sql.join(unique.slice(i, i + 500).map(([dealId, text]) => sql`(${dealId}, ${text})`));
      await sql`update analyses a set lost_reason = v.text from (values ${values}) as v(deal_id, text)
        where a.portal_id = ${portalId} and a.deal_id = v.deal_id and a.lost_reason is distinct from v.text`.execute(this.db);
    }
  }

  /** A GROUP BY over the confirmed rows: nothing but the counts leaves the database. */
  async agreementBySegment(portalId: PortalId): Promise<SegmentAgreementCount[]> {
    const rows = await this.db
      .selectFrom('analyses')
      .select((eb) => [
        'confirmed_segment',
        eb.fn.countAll<string | number>().as('confirmed'),
        sql<string | number>`count(*) filter (where suggested->'classification'->>'segment' = confirmed_segment)`.as('agreed'),
      ])
      .where('portal_id', '=', portalId)
      .where('confirmed_at', 'is not', null)
      .where('confirmed_segment', 'is not', null)
      .groupBy('confirmed_segment')
      .execute();
    return rows.map((r) => ({ segment: r.confirmed_segment!, confirmed: Number(r.confirmed), agreed: Number(r.agreed) }));
  }

  async listTexts(portalId: PortalId, options: { confirmed: boolean; limit: number }): Promise<AnalysisText[]> {
    let q = this.db
      .selectFrom('analyses')
      .select(['deal_id', 'lost_reason', 'confirmed_segment', sql<DefectionSegment>`suggested->'classification'->>'segment'`.as('suggested_segment')])
      .where('portal_id', '=', portalId)
      .where('lost_reason', 'is not', null);
    q = options.confirmed ? q.where('confirmed_at', 'is not', null).orderBy('confirmed_at', 'desc') : q.orderBy('updated_at', 'desc');
    const rows = await q.orderBy('deal_id').limit(options.limit).execute();
    return rows.map((r) => ({ dealId: r.deal_id, text: r.lost_reason!, suggestedSegment: r.suggested_segment, confirmedSegment: r.confirmed_segment }));
  }
}

/** The change a new suggestion makes (by the system), from the row it replaced (none: the first). */
function suggestedChange(analysis: StoredAnalysis, previous: AnalysisRow | undefined, now: Date): { analysis: StoredAnalysis; change: Omit<AnalysisChange, 'version'> } {
  return { analysis, change: { by: SYSTEM_ACTOR, at: now, kind: 'suggested', before: valuesBefore('suggested', previous && fromRow(previous)), after: suggestionValues(analysis.suggested) } };
}
