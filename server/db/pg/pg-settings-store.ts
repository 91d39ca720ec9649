/** Portal settings in PostgreSQL/PGlite, as one jsonb document per portal. */
import type { Kysely } from 'kysely';
import type { PortalId, PortalSettings, SettingsStore } from '../ports';
import type { DB } from '../schema';

export class PgSettingsStore implements SettingsStore {
  constructor(private readonly db: Kysely<DB>) {}

  async get(portalId: PortalId): Promise<PortalSettings | undefined> {
    const row = await this.db.selectFrom('portal_settings').select('settings').where('portal_id', '=', portalId).executeTakeFirst();
    return row?.settings;
  }

  async put(portalId: PortalId, settings: PortalSettings, now: Date): Promise<void> {
    const json = JSON.stringify(settings);
    await this.db
      .insertInto('portal_settings')
      .values({ portal_id: portalId, settings: json, updated_at: now })
      .onConflict((oc) => oc.column('portal_id').doUpdateSet({ settings: json, updated_at: now }))
      .execute();
  }
}
