/** Deletes every row of a portal, in every table, in one transaction. */
import type { Kysely } from 'kysely';
import type { PortalDataEraser, PortalId } from '../ports';
import { PORTAL_TABLES, type DB } from '../schema';

export class PgPortalDataEraser implements PortalDataEraser {
  constructor(private readonly db: Kysely<DB>) {}

  async erasePortal(portalId: PortalId): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const table of PORTAL_TABLES) await trx.deleteFrom(table).where('portal_id', '=', portalId).execute();
    });
  }
}
