/**
 * The local HubSpot preview (sandbox mode only): pages that play HubSpot's UI around the sandbox portal, the
 * browser bundles, and the JSON the pages read. Mounted by the backend at /preview; see sandbox/preview/README.md.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { SandboxHttpError } from '../http/errors';
import { parseBody } from '../http/parse-body';
import { signedFetch } from '../outbound/app-calls';
import type { World } from '../world';
import { advanceClock, DemoActionError, markClosedLost, markWonBack, reopenDeal } from './demo-actions';
import { previewAssets, SURFACES, type Surface } from './preview-bundle';
import { extensionContext } from './preview-context';
import { dealRecord, listDealRows, type DealFilter } from './preview-data';
import { framePage, shellPage } from './preview-pages';

export interface PreviewOptions {
  /** The backend's origin: `context.variables.REGAIN_API_BASE_URL`, and the only origin `hubspot.fetch` may call. */
  backendUrl: string;
}

const FetchBody = z.object({
  url: z.string().url(),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
  body: z.record(z.string(), z.unknown()).optional(),
  // HubSpot: default 15 s (https://developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/fetching-data).
  timeout: z.number().int().positive().max(120_000).optional(),
  // The proxy forwards exactly one header, Authorization; any other is a 400 (fact sheet §2.5, dev proxy AppProxyService.js).
  headers: z.object({ Authorization: z.string().max(4096) }).strict().optional(),
}).strict();
const LoseBody = z.object({ closedLostReason: z.string().max(2000).optional() }).strict();
const AdvanceBody = z.object({ days: z.number().int().min(1).max(365) }).strict();
const FilterQuery = z.enum(['all', 'closed_lost', 'open', 'closed_won']).default('all');

/** The preview's routes under /preview (pages, assets, JSON API); every bad input gets a 4xx JSON body. */
export function previewRouter(world: World, options: PreviewOptions): Router {
  const r = express.Router();
  r.use(express.json({ limit: '1mb' }));
  // Writes only as JSON: another site's page cannot send that without a CORS preflight, which the preview never grants.
  r.post('/preview/api/*rest', (req, _res, next) => next(req.is('application/json') ? undefined : new SandboxHttpError(415, { message: 'send the body as application/json', category: 'VALIDATION_ERROR' })));
  const pid = (req: Request) => portalIdOf(world, req.params.portalId);

  for (const view of ['', '/deals/:dealId', '/settings', '/home']) r.get(`/preview${view}`, (_req, res) => { res.type('html').send(shellPage()); });
  r.get('/preview/frame/:surface', (req, res) => { res.type('html').send(framePage(surfaceOf(req.params.surface))); });
  r.get('/preview/assets/:name', async (req, res) => {
    const asset = (await previewAssets()).get(req.params.name);
    if (!asset) throw new SandboxHttpError(404, { message: `no preview asset ${req.params.name}`, category: 'PREVIEW' });
    res.type(asset.type).set('Cache-Control', 'no-store').send(asset.body);
  });

  r.get('/preview/api/portals', (_req, res) => {
    res.json({ results: [...world.portals.values()].map((p) => ({ portalId: p.id, name: p.name, installed: p.installed })), now: new Date(world.clock.now()).toISOString() });
  });
  r.get('/preview/api/portals/:portalId/deals', (req, res) => {
    const filter = parseBody(FilterQuery, req.query.filter) as DealFilter;
    res.json({ results: listDealRows(world, pid(req), filter), filter });
  });
  r.get('/preview/api/portals/:portalId/deals/:dealId', (req, res) => {
    const record = dealRecord(world, pid(req), String(req.params.dealId));
    if (!record) throw new SandboxHttpError(404, { message: `no deal ${req.params.dealId} in portal ${req.params.portalId}`, category: 'OBJECT_NOT_FOUND' });
    res.json(record);
  });
  r.post('/preview/api/portals/:portalId/deals/:dealId/lose', (req, res) => {
    const body = parseBody(LoseBody, req.body ?? {});
    res.json(markClosedLost(world, pid(req), String(req.params.dealId), body.closedLostReason));
  });
  r.post('/preview/api/portals/:portalId/deals/:dealId/reopen', (req, res) => { res.json(reopenDeal(world, pid(req), String(req.params.dealId))); });
  r.post('/preview/api/portals/:portalId/deals/:dealId/won-back', (req, res) => { res.status(201).json(markWonBack(world, pid(req), String(req.params.dealId))); });
  r.post('/preview/api/clock/advance', (req, res) => { res.json(advanceClock(world, parseBody(AdvanceBody, req.body ?? {}).days)); });
  r.get('/preview/api/portals/:portalId/context/:surface', (req, res) => {
    const dealId = typeof req.query.dealId === 'string' ? req.query.dealId : undefined;
    res.json(extensionContext(world, pid(req), surfaceOf(req.params.surface), { dealId, backendUrl: options.backendUrl }));
  });
  // hubspot.fetch: HubSpot's proxy, played by the sandbox's signedFetch (signs v3, appends who is calling).
  r.post('/preview/api/portals/:portalId/fetch', async (req, res) => {
    const body = parseBody(FetchBody, req.body);
    if (new URL(body.url).origin !== new URL(options.backendUrl).origin) {
      // HubSpot only calls origins listed in permittedUrls.fetch (fact sheet §2.5); the preview lists the backend.
      throw new SandboxHttpError(403, { message: `hubspot.fetch may call only ${new URL(options.backendUrl).origin} (permittedUrls.fetch)`, category: 'VALIDATION_ERROR' });
    }
    const answer = await signedFetch(world, pid(req), {
      url: body.url, method: body.method, ...(body.body ? { body: body.body } : {}), ...(body.headers ? { authorization: body.headers.Authorization } : {}), timeoutMs: body.timeout ?? 15_000,
    }).catch((err: unknown) => {
      // The backend did not answer (refused, timed out): hubspot.fetch rejects in the card.
      const message = err instanceof Error ? err.message : String(err);
      throw new SandboxHttpError(/timeout|timed out|abort/i.test(message) ? 504 : 502, { message: `hubspot.fetch: ${message}`, category: 'BAD_GATEWAY' });
    });
    res.json({ status: answer.status, headers: { 'content-type': answer.headers['content-type'] ?? 'application/json' }, body: answer.body });
  });
  r.use('/preview', (req, _res, next) => next(new SandboxHttpError(404, { message: `the preview has no ${req.method} ${req.originalUrl}`, category: 'PREVIEW' })));
  r.use(previewErrors);
  return r;
}

function portalIdOf(world: World, raw: string | string[] | undefined): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || !world.portals.has(id)) throw new SandboxHttpError(404, { message: `no sandbox portal ${String(raw)}`, category: 'OBJECT_NOT_FOUND' });
  return id;
}

function surfaceOf(raw: string | string[] | undefined): Surface {
  const name = String(raw);
  if (!Object.hasOwn(SURFACES, name)) throw new SandboxHttpError(404, { message: `no extension surface ${name}; known: ${Object.keys(SURFACES).join(', ')}`, category: 'PREVIEW' });
  return name as Surface;
}

function previewErrors(err: unknown, _req: Request, res: Response, _next: NextFunction): void {
  if (err instanceof SandboxHttpError) {
    res.status(err.status).json({ status: 'error', category: err.fields.category, message: err.message, ...(err.fields.errors ? { errors: err.fields.errors } : {}) });
    return;
  }
  if (err instanceof DemoActionError) {
    res.status(409).json({ status: 'error', category: 'CONFLICT', code: err.code, message: err.message });
    return;
  }
  const parseFailed = (err as { type?: string } | null)?.type === 'entity.parse.failed';
  const message = err instanceof Error ? err.message : String(err);
  // A build failure (esbuild missing, a syntax error) is the preview being unavailable, not a bad request.
  const status = parseFailed ? 400 : /esbuild|Build failed|Cannot find module/.test(message) ? 503 : 400;
  res.status(status).json({ status: 'error', category: parseFailed ? 'VALIDATION_ERROR' : 'PREVIEW', message });
}
