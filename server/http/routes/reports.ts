/** GET /api/v1/reports/summary: the win-back dashboard's figures for the caller's portal. */
import { Router } from 'express';
import type { AppDeps } from '../../app-deps';
import { summarisePortal } from '../../services/report-summary';
import { callerOf } from '../request-context';

export function reportRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/api/v1/reports/summary', async (req, res) => {
    res.json(await summarisePortal(deps.stores, callerOf(req).portalId, deps.now()));
  });
  return router;
}
