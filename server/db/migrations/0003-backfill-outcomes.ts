/**
 * 0003: portal-wide backfill runs (progress, checkpoint, report tallies, a lease so one worker holds a
 * run) and outcome tracking (lost customers and their reacquisition). Plain Postgres DDL: runs on PGlite too.
 */
import { sql, type Kysely } from 'kysely';

/** Creates `backfill_runs` and `lost_customers`. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('backfill_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('queued', 'running', 'completed', 'failed', 'cancelled')`))
    .addColumn('since', 'timestamptz')
    .addColumn('until', 'timestamptz')
    .addColumn('plans', 'text', (c) => c.notNull().check(sql`plans in ('none', 'high', 'all')`))
    .addColumn('dry_run', 'boolean', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addColumn('found', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('analysed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('written', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('plans_created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('checkpoint', 'jsonb')
    .addColumn('tally', 'jsonb', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('owner', 'text')
    .execute();
  // At most one unfinished run per portal: what makes "409 if one is running" race-safe.
  await db.schema
    .createIndex('backfill_runs_one_unfinished_per_portal')
    .on('backfill_runs')
    .column('portal_id')
    .unique()
    .where(sql<boolean>`status in ('queued', 'running')`)
    .execute();
  await db.schema.createIndex('backfill_runs_portal_started_idx').on('backfill_runs').columns(['portal_id', 'started_at desc']).execute();

  await db.schema
    .createTable('lost_customers')
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('company_id', 'text')
    .addColumn('lost_at', 'timestamptz')
    .addColumn('reacquired_at', 'timestamptz')
    .addColumn('won_deal_id', 'text')
    .addColumn('detected_by', 'text', (c) => c.check(sql`detected_by in ('webhook', 'sweep', 'rep')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('lost_customers_pkey', ['portal_id', 'deal_id'])
    .execute();
  await db.schema.createIndex('lost_customers_portal_company_idx').on('lost_customers').columns(['portal_id', 'company_id']).execute();
}

/** Drops both tables. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('lost_customers').execute();
  await db.schema.dropTable('backfill_runs').execute();
}
