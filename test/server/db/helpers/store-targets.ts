/**
 * Where the store contract suites run: memory, PGlite, or a temporary PostgreSQL database. Each target
 * registers its own beforeAll/afterAll in the calling `describe`; `backend()` is valid inside tests.
 */
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from '../../../../server/db/database';
import { createMemoryStores } from '../../../../server/db/memory';
import { migrateToLatest } from '../../../../server/db/migrate';
import { createPgStores } from '../../../../server/db/pg';
import type { Stores } from '../../../../server/db/ports';
import type { DB } from '../../../../server/db/schema';
import { TokenCipher } from '../../../../server/db/token-cipher';
import { createTempDatabase, type TempDatabase } from './temp-postgres';

export const TEST_KEY = Buffer.alloc(32, 7).toString('base64');

export interface StoreBackend {
  stores: Stores;
  /** Pg only: the database behind the stores, for raw-row checks. */
  db?: Kysely<DB>;
  /** Pg only: the same database seen through another cipher (key rotation, wrong key). */
  withCipher?(cipher: TokenCipher): Stores;
}

export interface StoreTarget {
  name: 'memory' | 'pglite' | 'postgres';
  /** Data at rest in a database (encryption and raw-row checks apply). */
  persistent: boolean;
  backend(): StoreBackend;
}

/** Fresh memory stores for every test. */
export function memoryTarget(): StoreTarget {
  let current: StoreBackend | undefined;
  beforeEach(() => {
    current = { stores: createMemoryStores() };
  });
  return { name: 'memory', persistent: false, backend: () => current! };
}

/** One migrated PGlite for the whole file; tests keep apart by using their own portal ids. */
export function pgliteTarget(): StoreTarget {
  return databaseTarget('pglite', async () => ({ database: await openDatabase({}) }));
}

/** One migrated temporary PostgreSQL database for the whole file. */
export function postgresTarget(adminUrl: string): StoreTarget {
  return databaseTarget('postgres', async () => {
    const temp = await createTempDatabase(adminUrl);
    return { database: await openDatabase({ databaseUrl: temp.url }), temp };
  });
}

function databaseTarget(name: 'pglite' | 'postgres', open: () => Promise<{ database: Database; temp?: TempDatabase }>): StoreTarget {
  let opened: { database: Database; temp?: TempDatabase } | undefined;
  let current: StoreBackend | undefined;
  beforeAll(async () => {
    opened = await open();
    const db = opened.database.db;
    await migrateToLatest(db);
    const cipher = new TokenCipher({ current: TEST_KEY });
    current = { stores: createPgStores(db, cipher), db, withCipher: (c) => createPgStores(db, c) };
  }, 60_000);
  afterAll(async () => {
    await opened?.database.close();
    await opened?.temp?.drop();
  }, 30_000);
  return { name, persistent: true, backend: () => current! };
}

/** Rows of `table` that belong to `portalId` (raw, for erase and encryption checks). */
export async function countPortalRows(db: Kysely<DB>, table: keyof DB, portalId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where portal_id = ${portalId}`.execute(db);
  return rows[0]?.n ?? 0;
}
