import type { Express } from 'express';
import { z } from 'zod';
import type { World } from '../../world';
import { authOf, param } from '../context';
import { defineRoute } from '../define';
import { parseBody } from '../parse-body';

const CompletionSchema = z.object({ outputFields: z.record(z.string(), z.unknown()) });
const BatchSchema = z.object({ inputs: z.array(CompletionSchema.extend({ callbackId: z.string().min(1) })).max(100) });

/**
 * Automation v4 callbacks: complete one (`/{callbackId}/complete`) or many. Both 204.
 * Completions are recorded on the calling portal for inspection. Unknown callback ids
 * are accepted too (HubSpot's behaviour there is UNCONFIRMED).
 */
export function registerAutomationRoutes(app: Express, world: World): void {
  const scopes = () => [['automation']];
  defineRoute(app, world, 'post', '/automation/v4/actions/callbacks/complete', { scopes }, (req, res) => {
    const { portal } = authOf(res);
    for (const input of parseBody(BatchSchema, req.body).inputs) {
      portal.callbacks.push({ callbackId: input.callbackId, outputFields: input.outputFields, completedAt: world.clock.now(), via: 'batch' });
    }
    res.status(204).end();
  });
  defineRoute(app, world, 'post', '/automation/v4/actions/callbacks/:callbackId/complete', { scopes }, (req, res) => {
    const { portal } = authOf(res);
    const input = parseBody(CompletionSchema, req.body);
    portal.callbacks.push({ callbackId: param(req, 'callbackId'), outputFields: input.outputFields, completedAt: world.clock.now(), via: 'single' });
    res.status(204).end();
  });
}
