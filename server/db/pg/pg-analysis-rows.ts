/**
 * How a defection analysis is kept in rows (PostgreSQL/PGlite): the `analyses` row and its mapping to a
 * StoredAnalysis, the row lock every write takes, the versioned replacement of the suggestion, and the
 * `analysis_changes` row each new version leaves. The single and the batch saves share these, so the
 * versioning rule is written once.
 */
import type { Selectable, Transaction } from 'kysely';
import type { AnalysisChange, PortalId, StoredAnalysis } from '../ports';
import type { AnalysesTable, AnalysisChangesTable, DB } from '../schema';
import { confirmationValues } from '../store-rules';

export type AnalysisRow = Selectable<AnalysesTable>;

/** The deal's analysis row, locked until the transaction ends (none: not analysed yet). */
export function lockRow(trx: Transaction<DB>, portalId: PortalId, dealId: string): Promise<AnalysisRow | undefined> {
  return trx.selectFrom('analyses').selectAll().where('portal_id', '=', portalId).where('deal_id', '=', dealId).forUpdate().executeTakeFirst();
}

/** The rows of these deals that exist, locked until the transaction ends: deal id → row. */
export async function lockRows(trx: Transaction<DB>, portalId: PortalId, dealIds: string[]): Promise<Map<string, AnalysisRow>> {
  const rows = await trx.selectFrom('analyses').selectAll().where('portal_id', '=', portalId).where('deal_id', 'in', dealIds).forUpdate().execute();
  return new Map(rows.map((r) => [r.deal_id, r]));
}

/** Inserts version 1 of deals not analysed yet (with the loss reason, when given); a deal a concurrent save inserted first is left out of the answer. */
export function insertFirstVersions(trx: Transaction<DB>, portalId: PortalId, fresh: Array<{ dealId: string; suggested: string; lostReason?: string | undefined }>, now: Date): Promise<AnalysisRow[]> {
  return trx
    .insertInto('analyses')
    .values(fresh.map((f) => ({ portal_id: portalId, deal_id: f.dealId, suggested: f.suggested, lost_reason: f.lostReason ?? null, version: 1, created_at: now, updated_at: now })))
    .onConflict((oc) => oc.columns(['portal_id', 'deal_id']).doNothing())
    .returningAll()
    .execute();
}

/** Replaces the suggestion of a locked row, only from the version read (any confirmation stays; the loss reason too, unless given). */
export function replaceSuggestion(trx: Transaction<DB>, previous: AnalysisRow, suggested: string, now: Date, lostReason?: string): Promise<AnalysisRow> {
  return trx
    .updateTable('analyses')
    .set({ suggested, version: previous.version + 1, updated_at: now, ...(lostReason !== undefined ? { lost_reason: lostReason } : {}) })
    .where('portal_id', '=', previous.portal_id)
    .where('deal_id', '=', previous.deal_id)
    .where('version', '=', previous.version)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Records the changes that made these versions, in one INSERT. */
export async function insertChanges(trx: Transaction<DB>, changes: Array<{ analysis: StoredAnalysis; change: Omit<AnalysisChange, 'version'> }>): Promise<void> {
  if (changes.length === 0) return;
  await trx
    .insertInto('analysis_changes')
    .values(
      changes.map(({ analysis, change }) => ({
        portal_id: analysis.portalId,
        deal_id: analysis.dealId,
        version: analysis.version,
        kind: change.kind,
        changed_by: change.by,
        changed_at: change.at,
        before: change.before && JSON.stringify(change.before),
        after: JSON.stringify(change.after),
      })),
    )
    .execute();
}

export function fromRow(row: AnalysisRow): StoredAnalysis {
  const confirmed =
    row.confirmed_at && row.confirmed_by && row.confirmed_segment && row.confirmed_source && row.confirmed_stability && row.confirmed_controllability
      ? {
          ...confirmationValues({
            segment: row.confirmed_segment,
            source: row.confirmed_source,
            stability: row.confirmed_stability,
            controllability: row.confirmed_controllability,
            ...(row.confirmed_note !== null ? { note: row.confirmed_note } : {}),
          }),
          by: row.confirmed_by,
          at: row.confirmed_at,
        }
      : null;
  return { portalId: row.portal_id, dealId: row.deal_id, suggested: row.suggested, confirmed, version: row.version, updatedAt: row.updated_at };
}

export function fromChangeRow(row: Selectable<AnalysisChangesTable>): AnalysisChange {
  return { version: row.version, by: row.changed_by, at: row.changed_at, kind: row.kind, before: row.before, after: row.after };
}
