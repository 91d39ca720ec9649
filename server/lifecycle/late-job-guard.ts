/**
 * Shutdown and job runs that outlive it. At the shutdown deadline pg-boss hands every job still running
 * back to the queue (failed, so it is retried: after a restart, or on another instance), and the
 * database closes next. A run that ends after that must not record anything: the job is someone else's
 * now, and pg-boss writes the outcome without awaiting it, so a write to the closed database would crash
 * Node with an unhandled rejection. The guard sits between pg-boss and the database: once abandoned,
 * pg-boss's statements are dropped (they never settle; nothing is written). Work stays exactly once
 * (idempotency keys, tasks adopted by their `Regain ref:`), whatever a cut-off run did before.
 */
import type { PgBossConnection } from '../jobs/pg-boss-queue';

export interface LateJobGuard {
  /** The connection to start pg-boss on. */
  connection: PgBossConnection;
  /** From now on pg-boss's statements are dropped. Call once the queue has stopped, before the database closes. */
  abandon(): void;
}

const NEVER = new Promise<never>(() => undefined);

export function guardLateJobRuns(connection: PgBossConnection, onDropped?: (statement: string) => void): LateJobGuard {
  // pg-boss's own pool (a connection string) is closed by pg-boss itself on stop; nothing to guard.
  if (!('executor' in connection)) return { connection, abandon: () => undefined };
  const { executor } = connection;
  let abandoned = false;
  let reported = false;
  return {
    connection: {
      executor: {
        executeSql: (text, values) => {
          if (!abandoned) return executor.executeSql(text, values);
          if (!reported) onDropped?.(text.replace(/\s+/g, ' ').trim().slice(0, 80));
          reported = true;
          return NEVER;
        },
      },
    },
    abandon: () => {
      abandoned = true;
    },
  };
}
