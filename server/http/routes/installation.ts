/** DELETE /api/v1/installation (signed): uninstall: revoke the tokens and delete the portal's data. */
import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { callerOf } from '../request-context';

export function installationRoutes(deps: AppDeps): Router {
  const router = Router();
  router.delete('/api/v1/installation', async (req, res) => {
    const { portalId } = callerOf(req);
    const inst = await deps.stores.installations.get(portalId);
    if (inst) {
      await deps.hubspot.oauth.revoke(inst.refreshToken).catch((err: unknown) => req.log.warn({ err }, 'token revoke failed; deleting data anyway'));
    }
    await deps.stores.eraser.erasePortal(portalId);
    deps.hubspot.pipelines.forget(portalId);
    req.log.info({ portalId }, 'uninstalled and erased');
    res.status(204).end();
  });
  return router;
}
