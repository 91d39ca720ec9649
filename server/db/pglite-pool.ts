/**
 * A pg-Pool-shaped connection adapter so Kysely's own PostgresDialect (its SQL compiler, adapter and
 * driver) runs on PGlite. This is not an SQL dialect: PGlite speaks Postgres; this only hands out the
 * single session, one borrower at a time (see PgliteSession), and passes queries through. PGlite 0.5
 * already reports `command` and `rowCount` the way `pg` does.
 */
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type { PgliteSession } from './pglite-session';

type Command = PostgresQueryResult<unknown>['command'];
const COMMANDS = new Set<string>(['UPDATE', 'DELETE', 'INSERT', 'SELECT', 'MERGE']);

/** A pool whose `connect()` waits for the PGlite session and whose client's `release()` frees it. */
export function createPglitePool(session: PgliteSession): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const release = await session.acquire();
      let released = false;
      const query = async (sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<unknown>> => {
        if (released) throw new Error('PGlite connection used after release');
        const result = await session.pglite.query(sql, [...parameters]);
        const command = (COMMANDS.has(result.command ?? '') ? result.command : 'SELECT') as Command;
        return { command, rowCount: result.affectedRows ?? result.rowCount ?? 0, rows: result.rows };
      };
      return {
        query: query as PostgresPoolClient['query'],
        release() {
          released = true;
          release();
        },
      };
    },
    // The PGlite instance outlives the pool; Database.close() closes it.
    async end() {},
  };
}
