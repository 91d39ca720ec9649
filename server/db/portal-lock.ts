/**
 * A lock per portal across every backend instance sharing the database, for work that must happen once
 * at a time (the OAuth refresh: two instances refreshing together could invalidate each other's
 * refresh token if HubSpot rotates it). PostgreSQL: a session advisory lock on a dedicated pooled
 * connection. PGlite: one process only, so the in-process single flight is enough. Memory stores (tests):
 * an in-process lock, so a harness serialises refreshes as `serve` does.
 */
import type { Database } from './database';

export interface PortalLock {
  withLock<T>(name: string, portalId: string, fn: () => Promise<T>): Promise<T>;
}

export const NO_LOCK: PortalLock = { withLock: (_name, _portalId, fn) => fn() };

export function createPortalLock(database: Database): PortalLock {
  if (database.kind !== 'postgres') return NO_LOCK;
  return {
    async withLock(name, portalId, fn) {
      // 1. Hold one connection for the whole critical section: advisory locks belong to a session.
      const client = await database.pool.connect();
      try {
        await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [`regain:${name}:${portalId}`]);
        try {
          // 2. The work itself uses other pooled connections; the lock is what serialises it.
          return await fn();
        } finally {
          await client.query('select pg_advisory_unlock(hashtextextended($1, 0))', [`regain:${name}:${portalId}`]);
        }
      } finally {
        client.release();
      }
    },
  };
}

/**
 * One process only (memory stores, tests, a second TokenManager over the same stores): callers for the
 * same name and portal run one after the other, in the order they asked.
 */
export function createInProcessPortalLock(): PortalLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async withLock(name, portalId, fn) {
      const key = `${name}:${portalId}`;
      const run = (tails.get(key) ?? Promise.resolve()).then(fn);
      const tail = run.catch(() => undefined);
      tails.set(key, tail);
      try {
        return await run;
      } finally {
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}
