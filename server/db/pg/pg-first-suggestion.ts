/**
 * A deal's first suggestion in one statement: the analysis row (version 1) and its change row, written together
 * by a data-modifying CTE. A card's first view, the webhook's first analysis and the workflow action save a deal
 * that has no analysis yet: this is one round trip where the locking save (pg-analysis-store.ts) takes five
 * (begin, lock, insert, change, commit). When the row exists (or a concurrent first save won), nothing is written
 * and the caller saves as ever. The loss reason analysed goes in the same row (no recordTexts after it).
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DefectionAnalysis } from '../../../src/types';
import type { PortalId, StoredAnalysis } from '../ports';
import type { AnalysesTable, DB } from '../schema';
import { suggestionValues, SYSTEM_ACTOR } from '../store-rules';
import { fromRow } from './pg-analysis-rows';

/**
 * The stored first version, or undefined when the deal already has an analysis (nothing written). `row`: the suggestion
 * as JSON text and the loss reason it was made from (already cut to size; null: none).
 */
export async function insertFirstSuggestion(
  db: Kysely<DB>,
  portalId: PortalId,
  dealId: string,
  analysis: DefectionAnalysis,
  row: { suggested: string; lostReason: string | null },
  now: Date,
): Promise<StoredAnalysis | undefined> {
  const after = JSON.stringify(suggestionValues(analysis));
  const { rows } = await sql<Selectable<AnalysesTable>>`
    with inserted as (
      insert into analyses (portal_id, deal_id, suggested, lost_reason, version, created_at, updated_at)
      values (${portalId}, ${dealId}, ${row.suggested}::jsonb, ${row.lostReason}, 1, ${now}, ${now})
      on conflict (portal_id, deal_id) do nothing
      returning *
    ), change as (
      insert into analysis_changes (portal_id, deal_id, version, kind, changed_by, changed_at, before, after)
      select portal_id, deal_id, version, 'suggested', ${SYSTEM_ACTOR}, ${now}, null, ${after}::jsonb from inserted
    )
    select * from inserted`.execute(db);
  const first = rows[0];
  return first && fromRow(first);
}
