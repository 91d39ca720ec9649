/**
 * The Express app, built from a deps object (real adapters in main.ts; PGlite and the sandbox in
 * tests). One configured instance serves everything.
 */
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { AppDeps } from './app-deps';
import { errorHandler } from './http/error-handler';
import { identifyCardCaller } from './http/card-caller';
import { createFirstUseLog } from './http/first-use-log';
import type { SignatureVersion } from './http/hubspot-signature';
import { portalFromWorkflowAction, requireHubSpotSignature, type SignatureOptions } from './http/require-signature';
import { backfillRoutes } from './http/routes/backfill';
import { dealRoutes } from './http/routes/deals';
import { installationRoutes } from './http/routes/installation';
import { oauthRoutes } from './http/routes/oauth';
import { reportRoutes } from './http/routes/reports';
import { settingsRoutes } from './http/routes/settings';
import { vocabularyRoutes } from './http/routes/vocabulary';
import { countRefusedWebhookDeliveries, webhookRoutes } from './http/routes/webhooks';
import { workflowActionRoutes } from './http/routes/workflow-actions';
import { NotFoundError } from './errors';
import { isAuthorizedScrape } from './metrics';

export interface AppExtras {
  /** Readiness beyond "the process runs": database and queue reachable. */
  ready?: () => Promise<boolean>;
  /** Prometheus text for /metrics. */
  metrics?: () => Promise<{ contentType: string; body: string }>;
  /** METRICS_TOKEN: when set, /metrics answers 401 without `Authorization: Bearer <token>`. */
  metricsToken?: string | null;
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
    // Degraded, not unready: HubSpot refusing our client secret is fixed by the operator, not by routing
    // traffic elsewhere (every instance has the same secret), and webhooks are still acknowledged.
    const alarm = deps.hubspot.oauth.clientAlarm();
    const degraded = alarm ? { status: 'degraded', reasons: [{ code: alarm.code, message: alarm.message, since: alarm.since.toISOString() }] } : {};
    res.status(ok ? 200 : 503).json({ ok, ...degraded });
  });
  app.get('/metrics', async (req, res) => {
    if (!extras.metrics) throw new NotFoundError('Metrics are not enabled.');
    if (extras.metricsToken && !isAuthorizedScrape(req.headers.authorization, extras.metricsToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.status(401).json({ error: { code: 'metrics_unauthorized', message: 'Send METRICS_TOKEN as Authorization: Bearer <token>.' } });
      return;
    }
    const m = await extras.metrics();
    res.type(m.contentType).send(m.body);
  });

  app.use(oauthRoutes(deps));

  // Signature versions per request type: exactly what HubSpot documents for it, never a legacy fallback
  // where v3 is expected (a v2/v1 signature has no timestamp, so a captured request would verify forever).
  // SECURITY.md has the table; hubspot-signature.ts judges any request carrying v3 headers on v3 alone.
  const firstUse = createFirstUseLog(deps.logger);
  const signed = (requestType: string, accept: readonly SignatureVersion[], identify: SignatureOptions['identify']) =>
    requireHubSpotSignature({ requestType, clientSecret: deps.config.hubspot.clientSecret, publicBaseUrl: deps.config.publicBaseUrl, accept, now: deps.now, identify, firstUse });

  // Card, settings and home page (hubspot.fetch): v3 only. HubSpot says these requests carry its signature
  // headers (https://developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/fetching-data)
  // and v3 is sent on "CRM cards" (https://developers.hubspot.com/changelog/introducing-version-3-of-webhook-signatures).
  // v2 (which `hs project dev` also sends) only behind the development flag REGAIN_DEV_CARD_SIGNATURE_V2.
  const { development } = deps.config;
  const card = express.Router();
  const cardCaller = identifyCardCaller({ developmentPortal: development.cardPortal, installations: deps.stores.installations, firstUse });
  card.use('/api/v1', signed('card', development.cardSignatureV2 ? ['v3', 'v2'] : ['v3'], cardCaller));
  card.use(dealRoutes(deps), settingsRoutes(deps), vocabularyRoutes(deps), reportRoutes(deps), backfillRoutes(deps), installationRoutes(deps));
  app.use(card);

  // Webhooks: v3, or v1 (the version HubSpot documents for CRM-object webhooks,
  // https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation)
  // when no v3 header is present; a replayed v1 batch is harmless: events are recorded once by eventId, and the
  // analysis re-reads the deal (the payload is only a notification).
  const hooks = express.Router();
  hooks.use('/webhooks', signed('webhook', ['v3', 'v1'], null));
  hooks.use(webhookRoutes(deps));
  // Deliveries refused before the route (signature, timestamp, JSON) are counted, then answered as before.
  hooks.use('/webhooks', countRefusedWebhookDeliveries(deps));
  app.use(hooks);

  // Workflow actions: v3, or v2 ("Requests made for your custom action will use the v2 version of the
  // X-HubSpot-Signature", https://developers.hubspot.com/docs/api-reference/automation-actions-v4-v4/custom-action-guide)
  // when no v3 header is present; a replay finds the callbackId's job. The portal is origin.portalId.
  const actions = express.Router();
  actions.use('/workflow-actions', signed('workflow_action', ['v3', 'v2'], portalFromWorkflowAction));
  actions.use(workflowActionRoutes(deps));
  app.use(actions);

  app.use((req, _res, next) => next(new NotFoundError(`No route for ${req.method} ${req.path}.`)));
  app.use(errorHandler(deps.logger));
  return app;
}
