/**
 * openDatabase on PGlite: data on disk survives a reopen, and the single PGlite session is shared
 * safely: a pg-boss statement never runs inside a Kysely transaction.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../server/db/database';
import { migrateToLatest } from '../../../server/db/migrate';
import { createPgliteExecutor } from '../../../server/jobs/pglite-executor';
import { T0 } from './helpers/store-fixtures';

describe('openDatabase (PGlite on disk)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'regain-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps a pg-boss statement out of an open Kysely transaction, and keeps data across a reopen', async () => {
    const database = await openDatabase({ dataDir: join(dataDir, 'db') });
    if (database.kind !== 'pglite') throw new Error('expected PGlite');
    await migrateToLatest(database.db);
    const executor = createPgliteExecutor(database.session);
    const order: string[] = [];
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));

    // 1. A transaction inserts, then waits, then rolls back.
    const transaction = database.db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('processed_events').values({ portal_id: 'p1', key: 'rolled-back', processed_at: T0 }).execute();
        order.push('transaction inserted');
        await gate;
        throw new Error('roll back');
      })
      .catch(() => order.push('transaction rolled back'));
    await new Promise((r) => setTimeout(r, 20));
    // 2. Meanwhile pg-boss asks for a count: it must wait, and must not see the uncommitted row.
    const counted = executor.executeSql('select count(*)::int as n from processed_events').then((r) => {
      order.push(`executor counted ${r.rows[0].n}`);
    });
    setTimeout(openGate, 100);
    await Promise.all([transaction, counted]);
    expect(order).toEqual(['transaction inserted', 'transaction rolled back', 'executor counted 0']);

    await database.db.insertInto('processed_events').values({ portal_id: 'p1', key: 'kept', processed_at: T0 }).execute();
    await database.close();

    const reopened = await openDatabase({ dataDir: join(dataDir, 'db') });
    try {
      expect(await migrateToLatest(reopened.db)).toEqual([]);
      expect(await reopened.db.selectFrom('processed_events').select('key').execute()).toEqual([{ key: 'kept' }]);
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
