/** InstallationStore contract, plus encryption at rest where the target has a database. */
import { sql } from 'kysely';
import type { PgInstallationStore } from '../../../../server/db/pg';
import { TokenCipher, TokenDecryptionError } from '../../../../server/db/token-cipher';
import { anInstallation, at, newPortalId, T0 } from '../helpers/store-fixtures';
import { TEST_KEY, type StoreTarget } from '../helpers/store-targets';

export function installationStoreContract(target: StoreTarget): void {
  describe('InstallationStore', () => {
    const store = () => target.backend().stores.installations;

    it('saves and reads an installation back', async () => {
      const inst = anInstallation(newPortalId());
      await store().save(inst);
      expect(await store().get(inst.portalId)).toEqual(inst);
      expect(await store().get(newPortalId())).toBeUndefined();
    });

    it('updates tokens and marks uninstalled; a re-install reactivates', async () => {
      const inst = anInstallation(newPortalId());
      await store().save(inst);
      await store().updateTokens(inst.portalId, { accessToken: 'new-access', refreshToken: 'new-refresh', expiresAt: at(90) }, at(1));
      expect(await store().get(inst.portalId)).toEqual({ ...inst, accessToken: 'new-access', refreshToken: 'new-refresh', expiresAt: at(90), updatedAt: at(1) });

      await store().markUninstalled(inst.portalId, at(2));
      expect(await store().get(inst.portalId)).toMatchObject({ status: 'uninstalled', updatedAt: at(2) });
      expect((await store().listActive()).map((i) => i.portalId)).not.toContain(inst.portalId);

      await store().save({ ...inst, installedAt: at(3), updatedAt: at(3) });
      expect(await store().get(inst.portalId)).toMatchObject({ status: 'active', installedAt: at(3) });
      expect((await store().listActive()).map((i) => i.portalId)).toContain(inst.portalId);
    });

    it('never touches another portal', async () => {
      const a = anInstallation(newPortalId());
      const b = anInstallation(newPortalId());
      await store().save(a);
      await store().save(b);
      await store().updateTokens(a.portalId, { accessToken: 'x', refreshToken: 'y', expiresAt: at(5) }, at(5));
      await store().markUninstalled(a.portalId, at(6));
      expect(await store().get(b.portalId)).toEqual(b);
      await store().updateTokens(newPortalId(), { accessToken: 'x', refreshToken: 'y', expiresAt: at(5) }, at(5));
    });

    const atRest = target.persistent ? describe : describe.skip;
    atRest('encryption at rest', () => {
      const raw = async (portalId: string) =>
        (await sql<Record<string, unknown>>`select * from installations where portal_id = ${portalId}`.execute(target.backend().db!)).rows[0]!;

      it('stores neither token in clear', async () => {
        const inst = anInstallation(newPortalId());
        await store().save(inst);
        const row = raw(inst.portalId);
        const text = JSON.stringify(await row);
        expect(text).not.toContain(inst.accessToken);
        expect(text).not.toContain(inst.refreshToken);
        expect((await row).access_token).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/);
        expect((await row).token_key_id).toBe(new TokenCipher({ current: TEST_KEY }).currentKeyId);
      });

      it('fails with a typed error under the wrong key, and when a sealed token is moved to another portal', async () => {
        const inst = anInstallation(newPortalId());
        await store().save(inst);
        const wrong = target.backend().withCipher!(new TokenCipher({ current: Buffer.alloc(32, 9) }));
        await expect(wrong.installations.get(inst.portalId)).rejects.toBeInstanceOf(TokenDecryptionError);

        const other = anInstallation(newPortalId());
        await store().save(other);
        await sql`update installations set access_token = ${(await raw(inst.portalId)).access_token} where portal_id = ${other.portalId}`.execute(target.backend().db!);
        await expect(store().get(other.portalId)).rejects.toMatchObject({ code: 'token_decrypt_failed', reason: 'authentication_failed' });
      });

      it('reads tokens sealed by a previous key after rotation, and re-encrypts them', async () => {
        const inst = anInstallation(newPortalId());
        await store().save(inst);
        const newKey = Buffer.alloc(32, 11);
        const rotated = target.backend().withCipher!(new TokenCipher({ current: newKey, previous: [TEST_KEY] }));
        expect(await rotated.installations.get(inst.portalId)).toEqual(inst);

        const pgStore = rotated.installations as PgInstallationStore;
        const { reencrypted } = await pgStore.reencryptTokens(T0);
        expect(reencrypted).toContain(inst.portalId);
        const onlyNew = target.backend().withCipher!(new TokenCipher({ current: newKey }));
        expect(await onlyNew.installations.get(inst.portalId)).toMatchObject({ accessToken: inst.accessToken, refreshToken: inst.refreshToken });
        await expect(store().get(inst.portalId)).rejects.toMatchObject({ reason: 'unknown_key' });
      });
    });
  });
}
