/** AuditLog contract: newest first, filters, per portal. */
import type { AuditEntry } from '../../../../server/db/ports';
import { at, newPortalId } from '../helpers/store-fixtures';
import type { StoreTarget } from '../helpers/store-targets';

export function auditLogContract(target: StoreTarget): void {
  describe('AuditLog', () => {
    const log = () => target.backend().stores.audit;
    const entry = (portalId: string, minute: number, outcome: AuditEntry['outcome'] = 'ok'): AuditEntry => ({
      portalId,
      at: at(minute),
      action: 'tasks.batch_create',
      objectType: 'task',
      objectIds: [`t${minute}a`, `t${minute}b`],
      outcome,
      detail: outcome === 'ok' ? null : `minute ${minute}`,
    });

    it('lists a portal’s entries newest first, by outcome and up to a limit', async () => {
      const [a, b] = [newPortalId(), newPortalId()];
      const entries = [entry(a, 1), entry(a, 3, 'failed'), entry(a, 2, 'partial'), entry(b, 4)];
      for (const e of entries) await log().append(e);
      expect(await log().list(a)).toEqual([entries[1], entries[2], entries[0]]);
      expect(await log().list(a, { outcome: 'failed' })).toEqual([entries[1]]);
      expect(await log().list(a, { limit: 2 })).toEqual([entries[1], entries[2]]);
      expect(await log().list(b)).toEqual([entries[3]]);
    });

    it('keeps insertion order for entries at the same instant (newest first)', async () => {
      const portal = newPortalId();
      const first = { ...entry(portal, 5), action: 'first' };
      const second = { ...entry(portal, 5), action: 'second' };
      await log().append(first);
      await log().append(second);
      expect((await log().list(portal)).map((e) => e.action)).toEqual(['second', 'first']);
    });
  });
}
