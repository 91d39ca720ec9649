/** Deal evidence (the last gathered snapshot per deal) in PostgreSQL/PGlite: one jsonb row per deal. */
import type { Kysely, Selectable } from 'kysely';
import type { EvidenceStore, StoredEvidence } from '../evidence-ports';
import type { PortalId } from '../ports';
import type { DB, DealEvidenceTable } from '../schema';

export class PgEvidenceStore implements EvidenceStore {
  constructor(private readonly db: Kysely<DB>) {}

  async get(portalId: PortalId, dealId: string): Promise<StoredEvidence | undefined> {
    const row = await this.db.selectFrom('deal_evidence').selectAll().where('portal_id', '=', portalId).where('deal_id', '=', dealId).executeTakeFirst();
    return row && fromEvidenceRow(row);
  }

  async put(evidence: StoredEvidence): Promise<void> {
    const values = { evidence_key: evidence.evidenceKey, gathered: JSON.stringify(evidence.gathered), gathered_at: evidence.gatheredAt };
    await this.db
      .insertInto('deal_evidence')
      .values({ portal_id: evidence.portalId, deal_id: evidence.dealId, ...values })
      .onConflict((oc) => oc.columns(['portal_id', 'deal_id']).doUpdateSet(values))
      .execute();
  }

  async prune(before: Date): Promise<number> {
    const result = await this.db.deleteFrom('deal_evidence').where('gathered_at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

export function fromEvidenceRow(row: Selectable<DealEvidenceTable>): StoredEvidence {
  return { portalId: row.portal_id, dealId: row.deal_id, evidenceKey: row.evidence_key, gathered: row.gathered, gatheredAt: row.gathered_at };
}
