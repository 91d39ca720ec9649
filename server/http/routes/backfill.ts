/** POST /api/v1/backfill starts a portal-wide backfill (as a job); GET /api/v1/backfill shows the latest run. */
import { Router } from 'express';
import { z } from 'zod';
import type { BackfillStatusResponse, StartBackfillRequest } from '../../../src/api/card-api';
import type { AppDeps } from '../../app-deps';
import { parseWindow } from '../../backfill/backfill-dates';
import { ValidationError } from '../../errors';
import { startBackfill, toBackfillRunView } from '../../services/backfill-service';
import { callerOf } from '../request-context';
import { parseOrThrow } from '../validate';

const startSchema = z
  .object({
    since: z.string().max(40).optional(),
    until: z.string().max(40).optional(),
    plans: z.enum(['none', 'high', 'all']).optional(),
    dryRun: z.boolean().optional(),
  })
  .strict() satisfies z.ZodType<StartBackfillRequest, unknown>;

export function backfillRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/api/v1/backfill', async (req, res) => {
    const { portalId } = callerOf(req);
    const body = parseOrThrow(startSchema, req.body ?? {}, 'backfill request');
    const window = parseWindow(body.since, body.until);
    if (!window.ok) throw new ValidationError(window.problems.map((p) => ({ code: 'invalid_date', path: [p.field], message: p.message })), 'The backfill request is not valid.');
    const run = await startBackfill(deps, portalId, { since: window.since, until: window.until, plans: body.plans ?? 'none', dryRun: body.dryRun ?? false });
    res.status(202).json({ run: toBackfillRunView(run) } satisfies BackfillStatusResponse);
  });
  router.get('/api/v1/backfill', async (req, res) => {
    const run = await deps.stores.backfills.latest(callerOf(req).portalId);
    res.json({ run: run ? toBackfillRunView(run) : null } satisfies BackfillStatusResponse);
  });
  return router;
}
