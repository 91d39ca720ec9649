/**
 * Runs the schema migrations (./migrations) with Kysely's Migrator. Idempotent: applied migrations are
 * recorded in `kysely_migration` and skipped. Safe from several processes at once on PostgreSQL: Kysely's
 * PostgresAdapter holds a session-level `pg_advisory_lock` on one pinned connection for the whole run, and
 * each run happens in one transaction (Postgres DDL is transactional), so a second process waits, then
 * finds nothing left to do. On PGlite there is only one session, so runs are serialised anyway.
 */
import { Migrator, type Kysely, type MigrationResult, type NO_MIGRATIONS } from 'kysely';
import { MIGRATIONS } from './migrations';

/** A migration failed; the run was rolled back. `results` says which ran, failed or were skipped. */
export class MigrationError extends Error {
  constructor(
    readonly results: MigrationResult[],
    options: { cause: unknown },
  ) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    super(`Database migration ${failed} failed: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`, options);
    this.name = 'MigrationError';
  }
}

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
}

/** Applies every pending migration; returns the names applied now (empty when already up to date). */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return applied(await migrator(db).migrateToLatest());
}

/** Migrates up or down to `name`, or all the way down with Kysely's NO_MIGRATIONS (tests, rollbacks by hand). */
export async function migrateTo(db: Kysely<any>, name: string | typeof NO_MIGRATIONS): Promise<string[]> {
  return applied(await migrator(db).migrateTo(name));
}

function applied({ error, results = [] }: { error?: unknown; results?: MigrationResult[] }): string[] {
  if (error) throw new MigrationError(results, { cause: error });
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
