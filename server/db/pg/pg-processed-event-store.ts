/** Inbound event dedupe in PostgreSQL/PGlite: the primary key (portal_id, key) decides. */
import type { Kysely } from 'kysely';
import type { PortalId, ProcessedEventStore } from '../ports';
import type { DB } from '../schema';

export class PgProcessedEventStore implements ProcessedEventStore {
  constructor(private readonly db: Kysely<DB>) {}

  async recordOnce(portalId: PortalId, key: string, now: Date): Promise<boolean> {
    const row = await this.db
      .insertInto('processed_events')
      .values({ portal_id: portalId, key, processed_at: now })
      .onConflict((oc) => oc.columns(['portal_id', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    return row !== undefined;
  }

  async forget(portalId: PortalId, key: string): Promise<void> {
    await this.db.deleteFrom('processed_events').where('portal_id', '=', portalId).where('key', '=', key).execute();
  }
}
