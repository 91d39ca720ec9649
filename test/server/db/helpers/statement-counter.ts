/**
 * Counts the SQL statements a piece of work sends to PGlite, through Kysely's `log` hook (every statement the
 * driver runs, raw `sql` ones and a transaction's BEGIN/COMMIT included).
 */
import { Kysely, PostgresDialect } from 'kysely';
import type { PgliteDatabase } from '../../../../server/db/database';
import { createPglitePool } from '../../../../server/db/pglite-pool';
import type { DB } from '../../../../server/db/schema';

export interface StatementCounter {
  /** The database seen through the counter: give this one to the stores. */
  db: Kysely<DB>;
  /** The statements sent while `fn` ran (their SQL text), in order. */
  during(fn: () => Promise<unknown>): Promise<string[]>;
}

export function countStatements(database: PgliteDatabase): StatementCounter {
  let seen: string[] | null = null;
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: createPglitePool(database.session) }),
    log: (event) => {
      if (event.level === 'query') seen?.push(event.query.sql);
    },
  });
  return {
    db,
    async during(fn) {
      seen = [];
      try {
        await fn();
        return seen;
      } finally {
        seen = null;
      }
    },
  };
}
