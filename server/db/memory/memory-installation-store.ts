/** Installations kept in memory (dev and tests). Tokens are plaintext here: nothing is at rest. */
import { deepCopy } from './deep-copy';
import type { Installation, InstallationStore, OAuthTokens, PortalId } from '../ports';
import type { PortalScoped } from './portal-scoped';

export class MemoryInstallationStore implements InstallationStore, PortalScoped {
  private readonly rows = new Map<PortalId, Installation>();

  async save(installation: Installation): Promise<void> {
    this.rows.set(installation.portalId, deepCopy(installation));
  }

  async get(portalId: PortalId): Promise<Installation | undefined> {
    const row = this.rows.get(portalId);
    return row && deepCopy(row);
  }

  async listActive(): Promise<Installation[]> {
    return [...this.rows.values()]
      .filter((i) => i.status === 'active')
      .sort((a, b) => a.portalId.localeCompare(b.portalId))
      .map((i) => deepCopy(i));
  }

  async updateTokens(portalId: PortalId, tokens: OAuthTokens, now: Date): Promise<void> {
    const row = this.rows.get(portalId);
    if (!row) return;
    Object.assign(row, { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: new Date(tokens.expiresAt), updatedAt: new Date(now) });
  }

  async markUninstalled(portalId: PortalId, now: Date): Promise<void> {
    const row = this.rows.get(portalId);
    if (row) Object.assign(row, { status: 'uninstalled', updatedAt: new Date(now) });
  }

  deletePortal(portalId: PortalId): void {
    this.rows.delete(portalId);
  }
}
