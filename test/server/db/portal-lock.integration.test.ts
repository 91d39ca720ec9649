/**
 * Two backend instances (two TokenManagers, two pools) on one PostgreSQL refresh a portal's token at
 * the same moment: exactly one OAuth refresh happens, and both get the new token.
 */
import { openDatabase, type Database } from '../../../server/db/database';
import { migrateToLatest } from '../../../server/db/migrate';
import { createPgStores } from '../../../server/db/pg';
import { createPortalLock } from '../../../server/db/portal-lock';
import { TokenCipher } from '../../../server/db/token-cipher';
import type { OAuthClient, TokenGrant } from '../../../server/hubspot/oauth-client';
import { TokenManager } from '../../../server/hubspot/token-manager';
import { anInstallation, at, newPortalId } from './helpers/store-fixtures';
import { createTempDatabase, describeWithPostgres, TEST_DATABASE_URL, type TempDatabase } from './helpers/temp-postgres';

describeWithPostgres('refresh lock across instances (PostgreSQL)', () => {
  let temp: TempDatabase;
  let a: Database;
  let b: Database;
  const cipher = new TokenCipher({ current: Buffer.alloc(32, 3) });

  beforeAll(async () => {
    temp = await createTempDatabase(TEST_DATABASE_URL!);
    a = await openDatabase({ databaseUrl: temp.url });
    b = await openDatabase({ databaseUrl: temp.url });
    await migrateToLatest(a.db);
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await temp?.drop();
  });

  it('refreshes once when two instances need a token at the same time', async () => {
    const portalId = newPortalId();
    await createPgStores(a.db, cipher).installations.save(anInstallation(portalId, { expiresAt: at(1) }));
    let calls = 0;
    const oauth = {
      refresh: async (): Promise<TokenGrant> => {
        calls += 1;
        await new Promise((r) => setTimeout(r, 200)); // a slow HubSpot widens the race
        return { accessToken: `new-${calls}`, refreshToken: `rotated-${calls}`, expiresInSeconds: 1800, scopes: [] };
      },
    } as unknown as OAuthClient;
    const now = () => at(0);
    const instance = (db: Database) => new TokenManager(createPgStores(db.db, cipher).installations, oauth, { now, lock: createPortalLock(db) });
    const [t1, t2] = await Promise.all([instance(a).accessToken(portalId), instance(b).accessToken(portalId)]);
    expect(calls).toBe(1);
    expect(t1).toBe('new-1');
    expect(t2).toBe('new-1');
  });

  it('without the lock the race is real (the test can fail)', async () => {
    const portalId = newPortalId();
    await createPgStores(a.db, cipher).installations.save(anInstallation(portalId, { expiresAt: at(1) }));
    let calls = 0;
    const oauth = {
      refresh: async (): Promise<TokenGrant> => {
        calls += 1;
        await new Promise((r) => setTimeout(r, 200));
        return { accessToken: `new-${calls}`, refreshToken: `rotated-${calls}`, expiresInSeconds: 1800, scopes: [] };
      },
    } as unknown as OAuthClient;
    const now = () => at(0);
    const instance = (db: Database) => new TokenManager(createPgStores(db.db, cipher).installations, oauth, { now });
    await Promise.all([instance(a).accessToken(portalId), instance(b).accessToken(portalId)]);
    expect(calls).toBe(2);
  });
});
