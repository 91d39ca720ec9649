/** Single-use OAuth states in PostgreSQL/PGlite. */
import type { Kysely } from 'kysely';
import type { OAuthStateStore } from '../ports';
import type { DB } from '../schema';

export class PgOAuthStateStore implements OAuthStateStore {
  constructor(private readonly db: Kysely<DB>) {}

  async create(state: string, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('oauth_states')
      .values({ state, expires_at: expiresAt })
      .onConflict((oc) => oc.column('state').doUpdateSet({ expires_at: expiresAt }))
      .execute();
  }

  async consume(state: string, now: Date): Promise<boolean> {
    // DELETE ... RETURNING: of two concurrent callbacks with the same state, only one gets the row.
    const row = await this.db.deleteFrom('oauth_states').where('state', '=', state).returning('expires_at').executeTakeFirst();
    await this.db.deleteFrom('oauth_states').where('expires_at', '<=', now).execute();
    return row !== undefined && row.expires_at.getTime() > now.getTime();
  }
}
