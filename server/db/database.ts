/**
 * Opens the app's one database: PostgreSQL when a URL is given (production), else embedded PGlite,
 * in memory or in `dataDir` (sandbox mode, tests). Both are driven by Kysely's PostgresDialect, so one
 * schema and one migration set serve both. The same database also carries pg-boss's jobs: see
 * `jobs/pg-boss-queue.ts` (`jobQueueConnectionFor`).
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createPglitePool } from './pglite-pool';
import { PgliteSession } from './pglite-session';
import type { DB } from './schema';

export interface DatabaseConfig {
  /** A postgres:// URL: use PostgreSQL. */
  databaseUrl?: string | null;
  /** Where PGlite keeps its files when no URL is given; in memory when absent. */
  dataDir?: string | null;
  /** PostgreSQL pool size (default 10). */
  maxConnections?: number;
  /**
   * PostgreSQL: an idle pooled connection failed (server restart, terminated backend). The pool drops
   * it and the next query reconnects; without a listener Node would crash. Default: ignored.
   */
  onPoolError?: (error: Error) => void;
}

interface DatabaseBase {
  db: Kysely<DB>;
  /** Closes Kysely and the connection(s). Stop the job queue first: it shares them. */
  close(): Promise<void>;
}

export interface PgliteDatabase extends DatabaseBase {
  kind: 'pglite';
  pglite: PGlite;
  /** The lock every PGlite user must take (Kysely's pool does; so does the pg-boss executor). */
  session: PgliteSession;
}

export interface PostgresDatabase extends DatabaseBase {
  kind: 'postgres';
  pool: pg.Pool;
}

export type Database = PgliteDatabase | PostgresDatabase;

/**
 * Opens PostgreSQL (`databaseUrl`) or PGlite (`dataDir`, or in memory). Does not migrate: call
 * `migrateToLatest(database.db)` next.
 */
export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.maxConnections ?? 10, config.onPoolError);
  return openPglite(config.dataDir ?? undefined);
}

function openPostgres(connectionString: string, max: number, onPoolError?: (error: Error) => void): PostgresDatabase {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', (err) => onPoolError?.(err));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    kind: 'postgres',
    db,
    pool,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      // Kysely ends the pool only if it ever used it; pg-boss may have been its only user.
      if (!pool.ending) await pool.end();
    },
  };
}

async function openPglite(dataDir: string | undefined): Promise<PgliteDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  const session = new PgliteSession(pglite);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: createPglitePool(session) }) });
  let closed = false;
  return {
    kind: 'pglite',
    db,
    pglite,
    session,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      // Wait for whoever holds the session (a late pg-boss poll) before closing the engine.
      await session.run(() => pglite.close());
    },
  };
}
