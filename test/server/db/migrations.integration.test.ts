/**
 * Migrations: idempotent, reversible, safe to run from several processes at once (PostgreSQL), and a
 * database populated at the first migration keeps all its data when migrated to the latest.
 */
import { Kysely, NO_MIGRATIONS, sql } from 'kysely';
import { openDatabase, type Database } from '../../../server/db/database';
import { migrateTo, migrateToLatest } from '../../../server/db/migrate';
import { FIRST_MIGRATION, MIGRATIONS } from '../../../server/db/migrations';
import { createPgStores } from '../../../server/db/pg';
import { installationTokenContext } from '../../../server/db/pg/pg-installation-store';
import { TokenCipher } from '../../../server/db/token-cipher';
import { aConfirmation, anAnalysis, at, someSettings, T0 } from './helpers/store-fixtures';
import { TEST_KEY } from './helpers/store-targets';
import { createTempDatabase, describeWithPostgres, TEST_DATABASE_URL, type TempDatabase } from './helpers/temp-postgres';

const ALL = Object.keys(MIGRATIONS);
const cipher = new TokenCipher({ current: TEST_KEY });

type Fresh = () => Promise<Database>;

function migrationSuite(kind: string, fresh: Fresh): void {
  describe(`migrations on ${kind}`, () => {
    const opened: Database[] = [];
    const open = async () => {
      const database = await fresh();
      opened.push(database);
      return database;
    };
    afterAll(async () => {
      for (const d of opened) await d.close();
    });

    it('applies every migration once, then nothing; rolls all the way down and up again', async () => {
      const { db } = await open();
      expect(await migrateToLatest(db)).toEqual(ALL);
      expect(await migrateToLatest(db)).toEqual([]);
      expect(await migrateTo(db, NO_MIGRATIONS)).toEqual([...ALL].reverse());
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'installations'`.execute(db);
      expect(rows[0]?.n).toBe(0);
      expect(await migrateToLatest(db)).toEqual(ALL);
    }, 30_000);

    it('keeps every row of a database populated at the first migration', async () => {
      const { db } = await open();
      expect(await migrateTo(db, FIRST_MIGRATION)).toEqual([FIRST_MIGRATION]);
      const raw = db as unknown as Kysely<any>;
      const portal = 'p-legacy';
      const analysis = anAnalysis('d1');
      // 1. Rows as the first schema had them (no token_key_id yet).
      await raw.insertInto('installations').values({
        portal_id: portal,
        access_token: cipher.encrypt('legacy-access', installationTokenContext(portal, 'access')),
        refresh_token: cipher.encrypt('legacy-refresh', installationTokenContext(portal, 'refresh')),
        expires_at: at(30),
        scopes: ['oauth'],
        status: 'active',
        hub_domain: null,
        installed_at: T0,
        updated_at: T0,
      }).execute();
      await raw.insertInto('analyses').values({ portal_id: portal, deal_id: 'd1', suggested: JSON.stringify(analysis), version: 1, created_at: T0, updated_at: T0 }).execute();
      await raw.insertInto('analysis_changes').values({ portal_id: portal, deal_id: 'd1', version: 1, kind: 'suggested', changed_by: 'regain', changed_at: T0, before: null, after: JSON.stringify(aConfirmation()) }).execute();
      await raw.insertInto('plans').values({ id: 'plan-1', portal_id: portal, deal_id: 'd1', kind: 'win_back', segment: 'bought_away', status: 'active', summary: 's', created_by: 'rep', created_at: T0, updated_at: T0 }).execute();
      await raw.insertInto('plan_items').values({ portal_id: portal, idempotency_key: 'k1', plan_id: 'plan-1', position: 0, kind: 'reminder', code: 'c', title: 't', body: 'b', due_date: at(60), priority: 'LOW', status: 'written', hubspot_task_id: 'task-1', attempts: 1, created_at: T0, updated_at: T0 }).execute();
      await raw.insertInto('processed_events').values({ portal_id: portal, key: 'event-1', processed_at: T0 }).execute();
      await raw.insertInto('portal_settings').values({ portal_id: portal, settings: JSON.stringify(someSettings()), updated_at: T0 }).execute();
      await raw.insertInto('audit_log').values({ portal_id: portal, at: T0, action: 'a', object_type: 'task', object_ids: ['task-1'], outcome: 'ok', detail: null }).execute();

      // 2. Migrate to the latest schema.
      expect(await migrateToLatest(db)).toEqual(ALL.slice(1));
      expect(await migrateToLatest(db)).toEqual([]);

      // 3. Everything reads back through today's stores; 0002 backfilled the key id.
      const stores = createPgStores(db, cipher);
      expect(await stores.installations.get(portal)).toMatchObject({ accessToken: 'legacy-access', refreshToken: 'legacy-refresh', scopes: ['oauth'] });
      const { rows } = await sql<{ token_key_id: string }>`select token_key_id from installations where portal_id = ${portal}`.execute(db);
      expect(rows[0]?.token_key_id).toBe(cipher.currentKeyId);
      expect(await stores.analyses.get(portal, 'd1')).toMatchObject({ suggested: analysis, version: 1, confirmed: null });
      expect(await stores.analyses.history(portal, 'd1')).toHaveLength(1);
      expect(await stores.plans.listItems(portal, 'plan-1')).toEqual([expect.objectContaining({ idempotencyKey: 'k1', hubspotTaskId: 'task-1', status: 'written' })]);
      expect(await stores.events.recordOnce(portal, 'event-1', T0)).toBe(false);
      expect(await stores.settings.get(portal)).toEqual(someSettings());
      expect(await stores.audit.list(portal)).toHaveLength(1);
      // 0005 filled the report's columns of the old row: the dashboard counts it, then the rep's correction.
      const report = async () => (await stores.reports.summarise(portal, { now: T0, reminders: 10, topPriority: 10 })).analysesBySegment;
      expect(await report()).toEqual([{ segment: analysis.classification.segment, count: 1 }]);
      expect(await stores.analyses.confirm(portal, 'd1', aConfirmation(), 'rep', at(1), 1)).toMatchObject({ ok: true });
      expect(aConfirmation().segment).not.toBe(analysis.classification.segment);
      expect(await report()).toEqual([{ segment: aConfirmation().segment, count: 1 }]);
    }, 30_000);
  });
}

migrationSuite('PGlite', () => openDatabase({}));

describeWithPostgres('PostgreSQL (TEST_DATABASE_URL)', () => {
  const adminUrl = TEST_DATABASE_URL!;
  const temps: TempDatabase[] = [];
  const freshPostgres = async () => {
    const temp = await createTempDatabase(adminUrl);
    temps.push(temp);
    return openDatabase({ databaseUrl: temp.url });
  };
  migrationSuite('PostgreSQL', freshPostgres);

  describe('migrations on PostgreSQL, from several processes at once', () => {
    it('applies each migration exactly once', async () => {
      const temp = await createTempDatabase(adminUrl);
      temps.push(temp);
      const databases = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ databaseUrl: temp.url, maxConnections: 2 })));
      try {
        const applied = await Promise.all(databases.map((d) => migrateToLatest(d.db)));
        expect(applied.flat().sort()).toEqual(ALL);
      } finally {
        for (const d of databases) await d.close();
      }
    }, 30_000);
  });

  afterAll(async () => {
    for (const t of temps) await t.drop();
  });
});
