/**
 * The one storage opener every command uses (serve, backfill, report, eval --portal): wait for
 * PostgreSQL (bounded by DATABASE_CONNECT_TIMEOUT_SECONDS, one report per try), open it or embedded
 * PGlite, migrate, and build the stores. A database that cannot be reached or opened is a
 * DatabaseUnavailableError with one line to show; the CLI prints it and exits 2.
 */
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createPgStores } from './db/pg';
import type { Stores } from './db/ports';
import { TokenCipher } from './db/token-cipher';
import { DatabaseUnavailableError, waitForDatabase, type DatabaseRetry } from './db/wait-for-database';

export interface OpenedStorage {
  database: Database;
  cipher: TokenCipher;
  stores: Stores;
}

/** The database, migrated, and the stores over it (tokens sealed with ENCRYPTION_KEY, older keys still opening them). */
export async function openStorage(config: Config, options: { onRetry?: (retry: DatabaseRetry) => void } = {}): Promise<OpenedStorage> {
  if (config.databaseUrl) await waitForDatabase(config.databaseUrl, { timeoutMs: config.databaseConnectTimeoutMs, onRetry: options.onRetry });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch((err: unknown) => {
    // PGlite: files we cannot read or write, or a folder another PostgreSQL version wrote.
    const where = config.dataDir ? `in DATA_DIR (${config.dataDir})` : 'in memory';
    throw new DatabaseUnavailableError(`cannot open the embedded database ${where}: ${(err as Error).message ?? String(err)}: check the folder exists, is writable, and is not used by another Regain process`, { cause: err });
  });
  try {
    await migrateToLatest(database.db);
  } catch (err) {
    await database.close().catch(() => undefined);
    throw err;
  }
  const cipher = new TokenCipher({ current: config.encryptionKey, previous: config.previousEncryptionKeys });
  return { database, cipher, stores: createPgStores(database.db, cipher) };
}

/** A retry as one log line: `database not ready (try 2: connection refused at db:5432); next try in 1 s, 27 s left`. */
export function describeDatabaseRetry(retry: DatabaseRetry): string {
  const s = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  return `database not ready (try ${retry.attempt}: ${retry.reason}); next try in ${s(retry.retryInMs)}, ${s(retry.remainingMs)} left`;
}
