import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { World } from '../world';
import { authOf, routeKind } from './context';
import { SandboxHttpError, sendError } from './errors';
import { adminRouter } from './routes/admin';
import { registerAssociationRoutes } from './routes/associations';
import { registerAuthorizeRoute } from './routes/authorize';
import { registerAutomationRoutes } from './routes/automation';
import { marketplaceRouter } from './routes/marketplace';
import { registerBatchRoutes } from './routes/batch';
import { registerOAuthRoutes } from './routes/oauth';
import { registerObjectRoutes } from './routes/objects';
import { registerPipelineOwnerRoutes } from './routes/pipelines-owners';
import { registerPropertyRoutes } from './routes/properties';
import { registerSearchRoutes } from './routes/search';

/** Builds the Express app that plays HubSpot: admin routes first, then the API, then 404 and errors. */
export function buildApp(world: World): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(express.json({ limit: '25mb', type: ['application/json', 'application/*+json'] }));
  app.use(express.urlencoded({ extended: false }));
  app.use(marketplaceRouter(world));
  app.use('/_sandbox', adminRouter(world));
  app.use(countRequests(world));
  registerAuthorizeRoute(app, world);
  registerOAuthRoutes(app, world);
  registerSearchRoutes(app, world);
  registerBatchRoutes(app, world);
  registerObjectRoutes(app, world);
  registerAssociationRoutes(app, world);
  registerPropertyRoutes(app, world);
  registerPipelineOwnerRoutes(app, world);
  registerAutomationRoutes(app, world);
  app.use((req, res) => sendError(res, new SandboxHttpError(404, { message: `The sandbox does not emulate ${req.method} ${req.path}`, category: 'OBJECT_NOT_FOUND' })));
  app.use(handleErrors);
  return app;
}

/** Counts every API call once it finishes (or its connection is dropped). */
function countRequests(world: World) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.on('close', () => {
      const auth = res.locals.auth ? authOf(res) : undefined;
      world.stats.record(routeKind(req), res.writableFinished ? res.statusCode : 'dropped', auth?.portal.id);
    });
    next();
  };
}

function handleErrors(err: unknown, _req: Request, res: Response, _next: NextFunction): void {
  if (err instanceof SandboxHttpError) return sendError(res, err);
  const parseFailed = (err as { type?: string } | null)?.type === 'entity.parse.failed';
  if (parseFailed) return sendError(res, new SandboxHttpError(400, { message: `Invalid input JSON: ${(err as Error).message}`, category: 'VALIDATION_ERROR' }));
  const message = err instanceof Error ? err.message : String(err);
  sendError(res, new SandboxHttpError(500, { message: `internal error: ${message}`, category: 'INTERNAL_ERROR' }));
}
