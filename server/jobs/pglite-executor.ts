/**
 * The `db: { executeSql(text, values) }` adapter pg-boss accepts, over PGlite.
 *
 * PGlite has a single session, so every call takes the PgliteSession lock (shared with Kysely) and
 * never lands inside someone else's transaction. pg-boss sends two kinds of SQL:
 * 1. One statement with parameters: the extended protocol, `pglite.query(text, values)`.
 * 2. Scripts without parameters, some wrapped in BEGIN ... COMMIT with an advisory lock (schema
 *    creation, maintenance): the simple protocol, `pglite.exec(text)`. If a script fails half-way,
 *    PGlite stays in the aborted transaction (PostgreSQL would end it), so we roll it back.
 */
import type { PgliteSession } from '../db/pglite-session';

export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

/** pg-boss's executeSql over the PGlite session. */
export function createPgliteExecutor(session: PgliteSession): SqlExecutor {
  return {
    executeSql: (text, values) =>
      session.run(async (pglite) => {
        if (values && values.length > 0) return pglite.query(text, values);
        try {
          const results = await pglite.exec(text);
          return results[results.length - 1] ?? { rows: [] };
        } catch (err) {
          if (pglite.isInTransaction()) await pglite.exec('rollback');
          throw err;
        }
      }),
  };
}
