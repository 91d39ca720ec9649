/**
 * The Express app, built from a deps object (real adapters in main.ts; PGlite and the sandbox in
 * tests). One configured instance serves everything.
 */
import { randomUUID } from 'node:crypto';
import express, { type Express, type Request } from 'express';
import { pinoHttp } from 'pino-http';
import type { AppDeps } from './app-deps';
import { errorHandler } from './http/error-handler';
import { portalFromCardRequest, requireHubSpotSignature, type SignatureOptions } from './http/require-signature';
import { backfillRoutes } from './http/routes/backfill';
import { dealRoutes } from './http/routes/deals';
import { installationRoutes } from './http/routes/installation';
import { oauthRoutes } from './http/routes/oauth';
import { reportRoutes } from './http/routes/reports';
import { settingsRoutes } from './http/routes/settings';
import { webhookRoutes } from './http/routes/webhooks';
import { workflowActionRoutes } from './http/routes/workflow-actions';
import { NotFoundError } from './errors';

export interface AppExtras {
  /** Readiness beyond "the process runs": database and queue reachable. */
  ready?: () => Promise<boolean>;
  /** Prometheus text for /metrics. */
  metrics?: () => Promise<{ contentType: string; body: string }>;
}

export function buildApp(deps: AppDeps, extras: AppExtras = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].length <= 100 ? req.headers['x-request-id'] : randomUUID()),
      // Never log tokens, signatures, bodies or personal data: method, path and status only.
      serializers: { req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }), res: (res: { statusCode: number }) => ({ status: res.statusCode }) },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = extras.ready ? await extras.ready().catch(() => false) : true;
    res.status(ok ? 200 : 503).json({ ok });
  });
  app.get('/metrics', async (_req, res) => {
    if (!extras.metrics) throw new NotFoundError('Metrics are not enabled.');
    const m = await extras.metrics();
    res.type(m.contentType).send(m.body);
  });

  app.use(oauthRoutes(deps));

  const signed = (accept: SignatureOptions['accept'], portalFrom: SignatureOptions['portalFrom']) =>
    requireHubSpotSignature({ clientSecret: deps.config.hubspot.clientSecret, publicBaseUrl: deps.config.publicBaseUrl, accept, now: deps.now, portalFrom });

  // Card, settings and dashboard requests (hubspot.fetch): v3 (the local dev proxy also sends v2).
  const card = express.Router();
  card.use('/api/v1', signed(['v3', 'v2'], portalFromCardRequest));
  card.use(dealRoutes(deps), settingsRoutes(deps), reportRoutes(deps), backfillRoutes(deps), installationRoutes(deps));
  app.use(card);

  // Webhooks: v3 when present, else v1 (what CRM webhooks document).
  const hooks = express.Router();
  hooks.use('/webhooks', signed(['v3', 'v1'], null));
  hooks.use(webhookRoutes(deps));
  app.use(hooks);

  // Workflow actions: v2 documented, v3 accepted. The portal is origin.portalId.
  const actions = express.Router();
  actions.use('/workflow-actions', signed(['v3', 'v2'], (req: Request) => {
    const origin = (req.body as { origin?: { portalId?: unknown } } | undefined)?.origin;
    return origin?.portalId !== undefined ? String(origin.portalId) : undefined;
  }));
  actions.use(workflowActionRoutes(deps));
  app.use(actions);

  app.use((req, _res, next) => next(new NotFoundError(`No route for ${req.method} ${req.path}.`)));
  app.use(errorHandler(deps.logger));
  return app;
}
