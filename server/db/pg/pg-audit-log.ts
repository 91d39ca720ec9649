/** The HubSpot write audit log in PostgreSQL/PGlite. */
import type { Kysely, Selectable } from 'kysely';
import type { AuditEntry, AuditLog, PortalId } from '../ports';
import type { AuditLogTable, DB } from '../schema';
import { DEFAULT_LIST_LIMIT } from '../store-rules';

const COLUMNS = ['portal_id', 'at', 'action', 'object_type', 'object_ids', 'outcome', 'detail'] as const;

export class PgAuditLog implements AuditLog {
  constructor(private readonly db: Kysely<DB>) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        portal_id: entry.portalId,
        at: entry.at,
        action: entry.action,
        object_type: entry.objectType,
        object_ids: [...entry.objectIds],
        outcome: entry.outcome,
        detail: entry.detail,
      })
      .execute();
  }

  /** Newest first (by `at`, then by insertion). */
  async list(portalId: PortalId, options: { limit?: number; outcome?: AuditEntry['outcome'] } = {}): Promise<AuditEntry[]> {
    let query = this.db.selectFrom('audit_log').select(COLUMNS).where('portal_id', '=', portalId);
    if (options.outcome) query = query.where('outcome', '=', options.outcome);
    const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(options.limit ?? DEFAULT_LIST_LIMIT).execute();
    return rows.map(fromRow);
  }
}

function fromRow(row: Pick<Selectable<AuditLogTable>, (typeof COLUMNS)[number]>): AuditEntry {
  return {
    portalId: row.portal_id,
    at: row.at,
    action: row.action,
    objectType: row.object_type,
    objectIds: row.object_ids,
    outcome: row.outcome,
    detail: row.detail,
  };
}
