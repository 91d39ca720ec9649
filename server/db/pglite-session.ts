/**
 * PGlite is one Postgres backend with exactly one session. Everything that talks to it (Kysely through
 * the pool in pglite-pool.ts, pg-boss through jobs/pglite-executor.ts) takes this lock first, so a
 * transaction owns the session from BEGIN to COMMIT and no other statement can land inside it.
 */
import type { PGlite } from '@electric-sql/pglite';

export class PgliteSession {
  private tail: Promise<void> = Promise.resolve();

  constructor(readonly pglite: PGlite) {}

  /** Waits for exclusive use of the session; call the returned function (once) to hand it on. */
  async acquire(): Promise<() => void> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  }

  /** Runs `fn` with the session to itself. Don't call `run` or `acquire` again from inside: it would wait forever. */
  async run<T>(fn: (pglite: PGlite) => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn(this.pglite);
    } finally {
      release();
    }
  }
}
