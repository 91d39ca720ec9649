/**
 * 0001: the initial schema. Runs unchanged on PGlite and PostgreSQL (plain Postgres DDL, no extensions).
 * Migrations are frozen once released: they type the database as `Kysely<any>`, never as today's DB.
 */
import { sql, type Kysely } from 'kysely';

const now = sql`now()`;

/** Creates every table and the indexes the stores' queries use. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('installations')
    .addColumn('portal_id', 'text', (c) => c.primaryKey())
    .addColumn('access_token', 'text', (c) => c.notNull())
    .addColumn('refresh_token', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('scopes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'uninstalled')`))
    .addColumn('hub_domain', 'text')
    .addColumn('installed_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('installations_active_idx').on('installations').column('portal_id').where(sql.ref('status'), '=', sql.lit('active')).execute();

  await db.schema
    .createTable('oauth_states')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oauth_states_expires_at_idx').on('oauth_states').column('expires_at').execute();

  await db.schema
    .createTable('analyses')
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('suggested', 'jsonb', (c) => c.notNull())
    .addColumn('confirmed_segment', 'text')
    .addColumn('confirmed_source', 'text')
    .addColumn('confirmed_stability', 'text')
    .addColumn('confirmed_controllability', 'text')
    .addColumn('confirmed_note', 'text')
    .addColumn('confirmed_by', 'text')
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('analyses_pkey', ['portal_id', 'deal_id'])
    .execute();
  await db.schema.createIndex('analyses_portal_updated_idx').on('analyses').columns(['portal_id', 'updated_at desc']).execute();

  await db.schema
    .createTable('analysis_changes')
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('suggested', 'confirmed')`))
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('analysis_changes_pkey', ['portal_id', 'deal_id', 'version'])
    .addForeignKeyConstraint('analysis_changes_analysis_fkey', ['portal_id', 'deal_id'], 'analyses', ['portal_id', 'deal_id'], (fk) => fk.onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'paused', 'stopped', 'reacquired')`))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .execute();
  // At most one open (active or paused) plan per deal: what makes createPlan race-safe.
  await db.schema
    .createIndex('plans_one_open_per_deal')
    .on('plans')
    .columns(['portal_id', 'deal_id'])
    .unique()
    .where(sql<boolean>`status in ('active', 'paused')`)
    .execute();
  await db.schema.createIndex('plans_portal_deal_created_idx').on('plans').columns(['portal_id', 'deal_id', 'created_at desc']).execute();
  await db.schema.createIndex('plans_portal_status_idx').on('plans').columns(['portal_id', 'status']).execute();

  await db.schema
    .createTable('plan_items')
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('activity', 'reminder')`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('due_date', 'timestamptz', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull().check(sql`priority in ('HIGH', 'MEDIUM', 'LOW')`))
    .addColumn('justice', 'text')
    .addColumn('owner_role', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'written', 'failed', 'cancelled')`))
    .addColumn('hubspot_task_id', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_items_pkey', ['portal_id', 'idempotency_key'])
    .execute();
  await db.schema.createIndex('plan_items_plan_idx').on('plan_items').columns(['plan_id', 'position']).execute();
  await db.schema.createIndex('plan_items_portal_kind_due_idx').on('plan_items').columns(['portal_id', 'kind', 'due_date']).execute();

  await db.schema
    .createTable('processed_events')
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('processed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('processed_events_pkey', ['portal_id', 'key'])
    .execute();
  await db.schema.createIndex('processed_events_processed_at_idx').on('processed_events').column('processed_at').execute();

  await db.schema
    .createTable('portal_settings')
    .addColumn('portal_id', 'text', (c) => c.primaryKey())
    .addColumn('settings', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_ids', sql`text[]`, (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('ok', 'partial', 'failed')`))
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_log_portal_at_idx').on('audit_log').columns(['portal_id', 'at desc', 'id desc']).execute();
}

/** Drops everything 0001 created. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_log', 'portal_settings', 'processed_events', 'plan_items', 'plans', 'analysis_changes', 'analyses', 'oauth_states', 'installations']) {
    await db.schema.dropTable(table).execute();
  }
}
