/**
 * 0004: the loss reason each analysis was made from (`analyses.lost_reason`, at most 4,000 characters),
 * so the reps' confirmations and corrections can be read as labelled examples of the portal's own
 * language (agreement by segment, vocabulary suggestions). Plain Postgres DDL: runs on PGlite too.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('analyses').addColumn('lost_reason', 'text').execute();
  // The learning loop reads a portal's confirmed analyses, newest confirmation first.
  await db.schema.createIndex('analyses_portal_confirmed_idx').on('analyses').columns(['portal_id', 'confirmed_at desc']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('analyses_portal_confirmed_idx').execute();
  await db.schema.alterTable('analyses').dropColumn('lost_reason').execute();
}
