/** Inbound event dedupe in PostgreSQL/PGlite: the primary key (portal_id, key) decides. */
import { sql, type Kysely } from 'kysely';
import type { PortalId, ProcessedEventKey, ProcessedEventStore } from '../ports';
import type { DB } from '../schema';

/** Keys per statement (two array parameters, so no parameter-count limit; this bounds one statement's work). */
const CHUNK = 5_000;
/** Rows deleted per statement when pruning, so a large prune never holds one long transaction. */
const PRUNE_BATCH = 10_000;

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

  async recordMany(keys: ReadonlyArray<ProcessedEventKey>, now: Date): Promise<ProcessedEventKey[]> {
    const first: ProcessedEventKey[] = [];
    const unique = dedupe(keys);
    for (let i = 0; i < unique.length; i += CHUNK) {
      const chunk = unique.slice(i, i + CHUNK);
      const { rows } = await sql<{ portal_id: string; key: string }>`
        insert into processed_events (portal_id, key, processed_at)
        select t.portal_id, t.key, ${now}::timestamptz
        from unnest(${chunk.map((k) => k.portalId)}::text[], ${chunk.map((k) => k.key)}::text[]) as t(portal_id, key)
        on conflict (portal_id, key) do nothing
        returning portal_id, key`.execute(this.db);
      first.push(...rows.map((r) => ({ portalId: r.portal_id, key: r.key })));
    }
    return first;
  }

  async forget(portalId: PortalId, key: string): Promise<void> {
    await this.db.deleteFrom('processed_events').where('portal_id', '=', portalId).where('key', '=', key).execute();
  }

  async forgetMany(keys: ReadonlyArray<ProcessedEventKey>): Promise<void> {
    const unique = dedupe(keys);
    for (let i = 0; i < unique.length; i += CHUNK) {
      const chunk = unique.slice(i, i + CHUNK);
      await sql`
        delete from processed_events e
        using unnest(${chunk.map((k) => k.portalId)}::text[], ${chunk.map((k) => k.key)}::text[]) as t(portal_id, key)
        where e.portal_id = t.portal_id and e.key = t.key`.execute(this.db);
    }
  }

  async prune(before: Date): Promise<number> {
    let pruned = 0;
    for (;;) {
      // processed_events_processed_at_idx finds the oldest rows; each statement deletes at most PRUNE_BATCH.
      const result = await sql`
        delete from processed_events where ctid in (
          select ctid from processed_events where processed_at < ${before}::timestamptz limit ${PRUNE_BATCH}
        )`.execute(this.db);
      const n = Number(result.numAffectedRows ?? 0n);
      pruned += n;
      if (n < PRUNE_BATCH) return pruned;
    }
  }
}

/**
 * The keys once each, in one fixed order: two instances inserting overlapping keys then take the unique
 * index's entries in the same order, so they wait for each other instead of deadlocking.
 */
function dedupe(keys: ReadonlyArray<ProcessedEventKey>): ProcessedEventKey[] {
  const seen = new Map<string, ProcessedEventKey>();
  for (const k of keys) seen.set(`${k.portalId}\u0000${k.key}`, k);
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
}
