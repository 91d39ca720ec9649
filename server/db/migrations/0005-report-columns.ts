/**
 * 0005: what the dashboard aggregates, as plain columns of `analyses` (stored generated columns, so every
 * existing row is filled by the migration and every later write keeps them right without the adapter
 * writing them), and the indexes the report queries use. Effective segment and attribution follow
 * applyConfirmation: the rep's confirmation when it is complete, else the suggestion. Runs on PGlite too.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

/** A confirmation counts only when all of it is there (as `fromRow` in the Pg analysis store reads it). */
const CONFIRMED = sql`confirmed_at is not null and confirmed_by is not null and confirmed_segment is not null
  and confirmed_source is not null and confirmed_stability is not null and confirmed_controllability is not null`;

/** ISO dates in UTC (what `iso()` in the snapshot writes), or bare dates: their first 7 characters are the UTC month. */
const CLOSE_DATE = sql`suggested->'timing'->>'closeDate'`;
const ISO_UTC = sql.lit('^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?Z)?$');

const COLUMNS: Array<[name: string, type: 'text' | 'integer' | 'double precision', expression: RawBuilder<unknown>]> = [
  ['effective_segment', 'text', sql`case when ${CONFIRMED} then confirmed_segment else suggested->'classification'->>'segment' end`],
  ['effective_source', 'text', sql`case when ${CONFIRMED} then confirmed_source else suggested->'attribution'->'source'->>'value' end`],
  ['effective_controllability', 'text', sql`case when ${CONFIRMED} then confirmed_controllability else suggested->'attribution'->'controllability'->>'value' end`],
  ['customer_status', 'text', sql`suggested->'classification'->>'customerStatus'`],
  ['close_date', 'text', CLOSE_DATE],
  ['close_month', 'text', sql`case when ${CLOSE_DATE} ~ ${ISO_UTC} then left(${CLOSE_DATE}, 7) end`],
  ['priority', 'text', sql`suggested->'worthiness'->>'priority'`],
  ['priority_rank', 'integer', sql`case suggested->'worthiness'->>'priority' when 'high' then 3 when 'medium' then 2 when 'low' then 1 else 0 end`],
  ['second_lifetime_value', 'double precision', sql`(suggested->'worthiness'->>'secondLifetimeValue')::double precision`],
];

export async function up(db: Kysely<any>): Promise<void> {
  // One ALTER TABLE: the table is rewritten once, not once per column.
  let builder = db.schema.alterTable('analyses').addColumn(COLUMNS[0]![0], sql.raw(COLUMNS[0]![1]), (c) => c.generatedAlwaysAs(COLUMNS[0]![2]).stored());
  for (const [name, type, expression] of COLUMNS.slice(1)) builder = builder.addColumn(name, sql.raw(type), (c) => c.generatedAlwaysAs(expression).stored());
  await builder.execute();
  // Everything the aggregates read of an analysis, so they scan this index (index-only) and not the jsonb rows.
  await db.schema
    .createIndex('analyses_portal_report_idx')
    .on('analyses')
    .columns(['portal_id', 'effective_segment', 'effective_source', 'effective_controllability', 'customer_status', 'close_month', 'deal_id', 'close_date'])
    .execute();
  // Top priority accounts: the first rows of this index, in the dashboard's order.
  await db.schema
    .createIndex('analyses_portal_priority_idx')
    .on('analyses')
    .columns(['portal_id', 'priority_rank desc', 'second_lifetime_value desc', 'updated_at desc', 'deal_id'])
    .where(sql.ref('priority_rank'), '>', 0)
    .execute();
  // Plans of a deal by status (planGeneration's count) and win-back plans by kind.
  await db.schema.createIndex('plans_portal_kind_idx').on('plans').columns(['portal_id', 'kind', 'status', 'segment']).execute();
  await db.schema.createIndex('plans_portal_deal_status_idx').on('plans').columns(['portal_id', 'deal_id', 'status']).execute();
  await db.schema.createIndex('lost_customers_portal_reacquired_idx').on('lost_customers').columns(['portal_id', 'reacquired_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['lost_customers_portal_reacquired_idx', 'plans_portal_deal_status_idx', 'plans_portal_kind_idx', 'analyses_portal_priority_idx', 'analyses_portal_report_idx']) {
    await db.schema.dropIndex(index).execute();
  }
  let builder = db.schema.alterTable('analyses').dropColumn(COLUMNS[0]![0]);
  for (const [name] of COLUMNS.slice(1)) builder = builder.dropColumn(name);
  await builder.execute();
}
