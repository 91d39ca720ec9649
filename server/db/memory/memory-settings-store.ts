/** Portal settings in memory. */
import { deepCopy } from './deep-copy';
import type { PortalId, PortalSettings, SettingsStore } from '../ports';
import type { PortalScoped } from './portal-scoped';

export class MemorySettingsStore implements SettingsStore, PortalScoped {
  private readonly rows = new Map<PortalId, PortalSettings>();

  async get(portalId: PortalId): Promise<PortalSettings | undefined> {
    const row = this.rows.get(portalId);
    return row && deepCopy(row);
  }

  async put(portalId: PortalId, settings: PortalSettings): Promise<void> {
    // Through JSON, like jsonb: what comes back is what a database would give back.
    this.rows.set(portalId, JSON.parse(JSON.stringify(settings)) as PortalSettings);
  }

  deletePortal(portalId: PortalId): void {
    this.rows.delete(portalId);
  }
}
