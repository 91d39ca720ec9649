/**
 * 0002: records which encryption key sealed each installation's tokens, so a key rotation can find and
 * re-encrypt the rows still sealed by an old key. Backfills existing rows from their `v1.<keyId>.` prefix.
 */
import { sql, type Kysely } from 'kysely';

/** Adds `installations.token_key_id`, fills it from the sealed access token, and indexes it. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('installations').addColumn('token_key_id', 'text').execute();
  await sql`update installations set token_key_id = split_part(access_token, '.', 2) where access_token like 'v1.%'`.execute(db);
  await db.schema.createIndex('installations_token_key_idx').on('installations').column('token_key_id').execute();
}

/** Removes the column (and its index). */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('installations').dropColumn('token_key_id').execute();
}
