/** GET/PUT /api/v1/settings: the admin settings page. Validation errors name each field. */
import { Router } from 'express';
import { z } from 'zod';
import type { AutomationSettingsView, SettingsResponse } from '../../../src/api/card-api';
import { hubspotFor, type AppDeps } from '../../app-deps';
import { settingsOverrideSchema } from '../../schemas/settings';
import { loadPortalSettings } from '../../services/portal-settings';
import { verifyTaskOwner } from '../../services/task-owner';
import { callerOf } from '../request-context';
import { parseOrThrow } from '../validate';

export const automationSchema = z
  .object({
    mode: z.enum(['suggest', 'create_plan']),
    confidenceThreshold: z.number().min(0).max(1),
    taskOwner: z.discriminatedUnion('rule', [
      z.object({ rule: z.literal('deal_owner') }).strict(),
      z.object({ rule: z.literal('fixed_owner'), ownerId: z.string().regex(/^\d{1,20}$/, 'a HubSpot owner id is numeric') }).strict(),
    ]),
  })
  .strict() satisfies z.ZodType<AutomationSettingsView, unknown>;

// No portalId: the portal is the verified caller's (a body naming one is an unknown key, 400).
const putSettingsSchema = z.object({ core: settingsOverrideSchema, automation: automationSchema }).strict();

export function settingsRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/api/v1/settings', async (req, res) => {
    const { portalId } = callerOf(req);
    const s = await loadPortalSettings(deps.stores.settings, portalId);
    res.json({ core: s.stored.core, automation: s.automation, effective: s.core } satisfies SettingsResponse);
  });
  router.put('/api/v1/settings', async (req, res) => {
    const { portalId } = callerOf(req);
    const body = parseOrThrow(putSettingsSchema, req.body, 'settings');
    // A fixed owner must exist in the portal (a 400 naming the field), or every task write would fail later.
    if (body.automation.taskOwner.rule === 'fixed_owner') await verifyTaskOwner(hubspotFor(deps, portalId), body.automation.taskOwner.ownerId);
    await deps.stores.settings.put(portalId, { core: body.core as never, automation: body.automation }, deps.now());
    const s = await loadPortalSettings(deps.stores.settings, portalId);
    res.json({ core: s.stored.core, automation: s.automation, effective: s.core } satisfies SettingsResponse);
  });
  return router;
}
