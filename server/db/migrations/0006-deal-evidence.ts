/**
 * 0006: the card path's reuse of what was gathered.
 * - `deal_evidence`: a deal's last gathered snapshot and the key of the deal read it came from, so the card's
 *   next view (one deal read), the plan preview and the plan start reuse it (server/services/deal-evidence.ts).
 *   Pruned after a few days with the processed events.
 * - `plan_items.write_attempted_at`: set just before an item is sent to HubSpot; an item never sent cannot
 *   exist in HubSpot yet, so its first write skips the look-up of the deal's tasks (write-plan-tasks.ts).
 * Plain Postgres DDL: runs on PGlite too.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('deal_evidence')
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('evidence_key', 'text', (c) => c.notNull())
    .addColumn('gathered', 'jsonb', (c) => c.notNull())
    .addColumn('gathered_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('deal_evidence_pk', ['portal_id', 'deal_id'])
    .execute();
  await db.schema.createIndex('deal_evidence_gathered_at_idx').on('deal_evidence').column('gathered_at').execute();
  await db.schema.alterTable('plan_items').addColumn('write_attempted_at', 'timestamptz').execute();
  // Items from before this migration may have been sent by a run that died: they are looked up first.
  await sql`update plan_items set write_attempted_at = updated_at`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_items').dropColumn('write_attempted_at').execute();
  await db.schema.dropTable('deal_evidence').execute();
}
