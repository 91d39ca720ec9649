/**
 * Installations in PostgreSQL/PGlite. Tokens are sealed with TokenCipher before they reach the database
 * (bound to the portal and token kind, so a sealed value moved to another row does not open).
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Installation, InstallationStore, OAuthTokens, PortalId } from '../ports';
import type { DB, InstallationsTable } from '../schema';
import type { TokenCipher } from '../token-cipher';

type Row = Selectable<InstallationsTable>;

export class PgInstallationStore implements InstallationStore {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cipher: TokenCipher,
  ) {}

  async save(installation: Installation): Promise<void> {
    const row = this.toRow(installation);
    const { portal_id: _, ...update } = row;
    await this.db.insertInto('installations').values(row).onConflict((oc) => oc.column('portal_id').doUpdateSet(update)).execute();
  }

  async get(portalId: PortalId): Promise<Installation | undefined> {
    const row = await this.db.selectFrom('installations').selectAll().where('portal_id', '=', portalId).executeTakeFirst();
    return row && this.fromRow(row);
  }

  async listActive(): Promise<Installation[]> {
    const rows = await this.db.selectFrom('installations').selectAll().where('status', '=', 'active').orderBy('portal_id').execute();
    return rows.map((r) => this.fromRow(r));
  }

  async updateTokens(portalId: PortalId, tokens: OAuthTokens, now: Date): Promise<void> {
    await this.db
      .updateTable('installations')
      .set({ ...this.sealTokens(portalId, tokens), expires_at: tokens.expiresAt, updated_at: now })
      .where('portal_id', '=', portalId)
      .execute();
  }

  async markUninstalled(portalId: PortalId, now: Date): Promise<void> {
    await this.db.updateTable('installations').set({ status: 'uninstalled', updated_at: now }).where('portal_id', '=', portalId).execute();
  }

  /**
   * Re-seals the tokens of rows sealed by an older key (run after a key rotation, with the old key in
   * `previous`). Rows that cannot be opened are left as they are and reported.
   */
  async reencryptTokens(now: Date): Promise<{ reencrypted: PortalId[]; failed: PortalId[] }> {
    const stale = await this.db
      .selectFrom('installations')
      .selectAll()
      .where((eb) => eb.or([eb('token_key_id', 'is', null), eb('token_key_id', '!=', this.cipher.currentKeyId)]))
      .execute();
    const result = { reencrypted: [] as PortalId[], failed: [] as PortalId[] };
    for (const row of stale) {
      let installation: Installation;
      try {
        installation = this.fromRow(row);
      } catch {
        result.failed.push(row.portal_id);
        continue;
      }
      // Only if nobody refreshed the tokens meanwhile.
      await this.db
        .updateTable('installations')
        .set({ ...this.sealTokens(row.portal_id, installation), updated_at: now })
        .where('portal_id', '=', row.portal_id)
        .where('access_token', '=', row.access_token)
        .execute();
      result.reencrypted.push(row.portal_id);
    }
    return result;
  }

  private sealTokens(portalId: PortalId, tokens: Pick<OAuthTokens, 'accessToken' | 'refreshToken'>) {
    return {
      access_token: this.cipher.encrypt(tokens.accessToken, installationTokenContext(portalId, 'access')),
      refresh_token: this.cipher.encrypt(tokens.refreshToken, installationTokenContext(portalId, 'refresh')),
      token_key_id: this.cipher.currentKeyId,
    };
  }

  private toRow(i: Installation): Insertable<InstallationsTable> {
    return {
      portal_id: i.portalId,
      ...this.sealTokens(i.portalId, i),
      expires_at: i.expiresAt,
      scopes: [...i.scopes],
      status: i.status,
      hub_domain: i.hubDomain,
      installed_at: i.installedAt,
      updated_at: i.updatedAt,
    };
  }

  private fromRow(row: Row): Installation {
    return {
      portalId: row.portal_id,
      accessToken: this.cipher.decrypt(row.access_token, installationTokenContext(row.portal_id, 'access')),
      refreshToken: this.cipher.decrypt(row.refresh_token, installationTokenContext(row.portal_id, 'refresh')),
      expiresAt: row.expires_at,
      scopes: row.scopes,
      status: row.status,
      hubDomain: row.hub_domain,
      installedAt: row.installed_at,
      updatedAt: row.updated_at,
    };
  }
}

/** The context (additional authenticated data) a portal's token is sealed with. */
export const installationTokenContext = (portalId: PortalId, kind: 'access' | 'refresh') => `installations:${portalId}:${kind}`;
