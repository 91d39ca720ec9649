import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { createPortal, getObject, installApp, listObjects, loseDeal, moveDealToStage, seedExistingPortal, summarizePortal } from '../../admin-ops';
import { isManualClock } from '../../clock';
import { callWorkflowAction, signedFetch } from '../../outbound/app-calls';
import type { World } from '../../world';
import { param } from '../context';
import { SandboxHttpError } from '../errors';
import { parseBody } from '../parse-body';

const SeedSchema = z.union([
  z.literal('demo'),
  z.object({
    closedLostDeals: z.number().int().min(0).max(100_000), openDeals: z.number().int().min(0).optional(),
    seed: z.number().optional(), now: z.number().optional(),
  }),
]);
const FaultPatch = z.object({
  seed: z.number().optional(), errorRate: z.number().min(0).max(1).optional(), errorStatuses: z.array(z.number().int()).optional(),
  latencyMs: z.number().min(0).optional(), latencyJitterMs: z.number().min(0).optional(), dropRate: z.number().min(0).max(1).optional(),
  partialFailureRate: z.number().min(0).max(1).optional(), expireTokens: z.boolean().optional(),
  storm: z.object({ durationMs: z.number().min(0) }).nullable().optional(),
  rateLimit: z.object({
    windowMs: z.number().positive().optional(), max: z.number().int().positive().optional(), searchPerSecond: z.number().int().positive().optional(),
  }).optional(),
});
const PortalSchema = z.object({
  name: z.string().optional(), portalId: z.number().int().optional(), pipelineVariant: z.enum(['standard', 'relabelled']).optional(), seed: SeedSchema.optional(),
});
const MoveSchema = z.object({ stageId: z.string(), pipelineId: z.string().optional(), closedLostReason: z.string().optional(), userId: z.number().optional() });
const ActionSchema = z.object({
  portalId: z.number(), objectId: z.union([z.string(), z.number()]), inputFields: z.record(z.string(), z.unknown()).default({}), callbackId: z.string().optional(),
});
const FetchSchema = z.object({
  portalId: z.number(), url: z.string().url(), method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(), body: z.unknown().optional(),
  userId: z.number().optional(), userEmail: z.string().optional(),
  // The hubspot.fetch proxy's variant for this call (outbound/card-proxy.ts).
  proxy: z.object({ identity: z.enum(['append', 'none']).optional(), errors: z.enum(['status', 'envelope']).optional(), legacySignature: z.boolean().optional() }).strict().optional(),
});

/**
 * The sandbox's own admin API under /_sandbox (no auth, no faults, not counted in stats):
 * portals, seeding, installs, state, deal moves, faults, stats, webhooks, clock.
 */
export function adminRouter(world: World): Router {
  const r = express.Router();
  const pid = (req: Request) => Number(param(req, 'portalId'));
  r.get('/', (_req, res) => {
    res.json({ app: world.app, portals: [...world.portals.values()].map(summarizePortal), rateLimit: world.limiter.config });
  });
  r.get('/portals', (_req, res) => { res.json({ results: [...world.portals.values()].map(summarizePortal) }); });
  r.post('/portals', (req, res) => {
    res.status(201).json(createPortal(world, parseBody(PortalSchema, req.body ?? {})));
  });
  r.post('/portals/:portalId/seed', (req, res) => { res.json(seedExistingPortal(world, pid(req), parseBody(z.object({ seed: SeedSchema }), req.body).seed)); });
  r.post('/portals/:portalId/install', (req, res) => {
    const body = parseBody(z.object({ scopes: z.array(z.string()).optional() }), req.body ?? {});
    res.status(201).json(installApp(world, pid(req), body.scopes));
  });
  r.post('/portals/:portalId/uninstall', (req, res) => { world.uninstallApp(pid(req)); res.status(204).end(); });
  r.get('/portals/:portalId/objects/:type', (req, res) => { res.json({ results: listObjects(world, pid(req), param(req, 'type')) }); });
  r.get('/portals/:portalId/objects/:type/:id', (req, res) => {
    const view = getObject(world, pid(req), param(req, 'type'), param(req, 'id'));
    if (!view) throw adminError(404, 'no such object');
    res.json(view);
  });
  r.post('/portals/:portalId/deals/:dealId/move', (req, res) => {
    const body = parseBody(MoveSchema, req.body);
    res.json(moveDealToStage(world, pid(req), param(req, 'dealId'), body.stageId, body));
  });
  r.post('/portals/:portalId/deals/:dealId/lose', (req, res) => {
    const body = parseBody(z.object({ closedLostReason: z.string().optional(), userId: z.number().optional() }), req.body ?? {});
    res.json(loseDeal(world, pid(req), param(req, 'dealId'), body));
  });
  r.get('/portals/:portalId/truth', (req, res) => { res.json({ results: world.requirePortal(pid(req)).truth }); });
  r.get('/portals/:portalId/callbacks', (req, res) => { res.json({ results: world.requirePortal(pid(req)).callbacks }); });
  registerOperations(r, world);
  r.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = err instanceof SandboxHttpError ? err.status : 400;
    const errors = err instanceof SandboxHttpError && err.fields.errors ? { errors: err.fields.errors } : {};
    res.status(status).json({ status: 'error', category: 'SANDBOX_ADMIN', message: err instanceof Error ? err.message : String(err), ...errors });
  });
  return r;
}

function registerOperations(r: Router, world: World): void {
  r.get('/faults', (_req, res) => { res.json({ ...world.faults.current(), log: world.faults.log }); });
  r.post('/faults', (req, res) => {
    const { expireTokens, storm, rateLimit, ...patch } = parseBody(FaultPatch, req.body ?? {});
    world.faults.set(patch);
    if (expireTokens) world.tokens.expireAll();
    if (storm) world.faults.startStorm(storm.durationMs);
    if (storm === null) world.faults.stopStorm();
    if (rateLimit) world.limiter.configure(rateLimit);
    res.json(world.faults.current());
  });
  r.get('/stats', (_req, res) => { res.json(world.stats.snapshot()); });
  r.post('/stats/reset', (_req, res) => { world.stats.reset(); res.status(204).end(); });
  r.get('/webhooks/deliveries', (_req, res) => { res.json({ results: world.webhooks.deliveries() }); });
  r.get('/webhooks/events', (_req, res) => { res.json({ results: world.webhooks.events() }); });
  r.post('/webhooks/config', (req, res) => { res.json(world.webhooks.configure((req.body ?? {}) as Record<string, never>)); });
  r.post('/workflow-actions', async (req, res) => {
    const result = await callWorkflowAction(world, parseBody(ActionSchema, req.body));
    res.json({ callbackId: result.callbackId, status: result.status, body: result.json ?? result.body });
  });
  r.post('/signed-fetch', async (req, res) => {
    const { portalId, ...rest } = parseBody(FetchSchema, req.body);
    const result = await signedFetch(world, portalId, rest);
    res.json({ status: result.status, body: result.json ?? result.body, url: result.request.url });
  });
  r.post('/clock/advance', (req, res) => {
    if (!isManualClock(world.clock)) throw adminError(409, 'the sandbox runs on the system clock; start it with a ManualClock to advance time');
    world.clock.advance(parseBody(z.object({ ms: z.number().min(0) }), req.body).ms);
    res.json({ now: world.clock.now() });
  });
}

function adminError(status: number, message: string): SandboxHttpError {
  return new SandboxHttpError(status, { message, category: 'SANDBOX_ADMIN' });
}
