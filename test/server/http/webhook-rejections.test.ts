/**
 * regain_webhook_events_rejected_total at the edge: POST /webhooks/hubspot behind the signed-request
 * pipeline, mounted as server/app.ts mounts it, with countRefusedWebhookDeliveries after the route. A
 * refused delivery (signature, stale timestamp, JSON, not a batch) counts once; a refused event counts
 * once per event; an accepted delivery counts nothing.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { signV1, signV3 } from '../../../sandbox';
import type { AppDeps } from '../../../server/app-deps';
import { createMemoryStores } from '../../../server/db/memory';
import { errorHandler } from '../../../server/http/error-handler';
import { createFirstUseLog } from '../../../server/http/first-use-log';
import { requireHubSpotSignature } from '../../../server/http/require-signature';
import { countRefusedWebhookDeliveries, webhookRoutes } from '../../../server/http/routes/webhooks';
import { Metrics, type WebhookRejectionSink } from '../../../server/metrics';

const SECRET = 'webhook-rejections-secret-0123456789';
const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const MINUTE = 60_000;

let server: ReturnType<express.Express['listen']>;
let url: string;
let metrics: Metrics;
const sent: unknown[] = [];

beforeAll(async () => {
  const logger = pino({ level: 'silent' });
  metrics = new Metrics();
  const deps = {
    config: { hubspot: { appId: '777' } },
    stores: createMemoryStores(),
    jobs: { send: async (_name: string, data: unknown) => void sent.push(data) },
    now: () => new Date(NOW),
    logger,
    countWebhookRejections: metrics.countWebhookRejections,
  } as unknown as AppDeps & WebhookRejectionSink;
  const app = express();
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/hubspot`;
  app.use('/webhooks', requireHubSpotSignature({ requestType: 'webhook', clientSecret: SECRET, publicBaseUrl: url.replace('/webhooks/hubspot', ''), accept: ['v3', 'v1'], now: deps.now, identify: null, firstUse: createFirstUseLog(logger) }));
  app.use(webhookRoutes(deps));
  app.use('/webhooks', countRefusedWebhookDeliveries(deps));
  app.use(errorHandler(logger));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function post(body: string, headers: Record<string, string>): Promise<number> {
  return (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })).status;
}
const v3 = (body: string, timestamp = NOW, secret = SECRET) => ({
  'x-hubspot-signature-v3': signV3({ clientSecret: secret, method: 'POST', url, body, timestamp }),
  'x-hubspot-request-timestamp': String(timestamp),
});
const stageChange = (eventId: number, over: Record<string, unknown> = {}) => ({
  eventId,
  subscriptionId: 1,
  portalId: 4242,
  appId: 777,
  occurredAt: NOW,
  subscriptionType: 'deal.propertyChange',
  attemptNumber: 0,
  objectId: 9001,
  propertyName: 'dealstage',
  propertyValue: 'closedlost',
  changeSource: 'CRM_UI',
  ...over,
});

async function counts(): Promise<Record<string, number>> {
  const text = (await metrics.render()).body;
  return Object.fromEntries([...text.matchAll(/^regain_webhook_events_rejected_total\{reason="(\w+)"\} (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));
}

it('exports every reason from 0 before anything is refused', async () => {
  expect(await counts()).toEqual({ bad_signature: 0, stale: 0, unparseable: 0, unknown_portal: 0 });
});

it('counts each refused delivery under its reason, and each refused event of an accepted one', async () => {
  const good = JSON.stringify([stageChange(1)]);
  expect(await post(good, v3(good))).toBe(200);
  expect(sent).toHaveLength(1);
  expect(await counts()).toEqual({ bad_signature: 0, stale: 0, unparseable: 0, unknown_portal: 0 });

  expect(await post(good, v3(good, NOW, 'not-the-secret'))).toBe(401);
  expect(await post(good, {})).toBe(401);
  expect(await post(good, { 'x-hubspot-signature': signV1({ clientSecret: 'not-the-secret', body: good }) })).toBe(401);
  expect(await post(good, v3(good, NOW - 6 * MINUTE))).toBe(401);
  const notJson = '[{"eventId":';
  expect(await post(notJson, v3(notJson))).toBe(400);
  const notABatch = JSON.stringify({ events: [] });
  expect(await post(notABatch, v3(notABatch))).toBe(400);
  // One event with a NUL in its id next to a valid one: 200, one event refused.
  const mixed = JSON.stringify([stageChange(2), stageChange(3, { objectId: '9\u0000' })]);
  expect(await post(mixed, v3(mixed))).toBe(200);
  // Nothing valid: 400, both events refused (and the delivery not counted again).
  const allBad = JSON.stringify([stageChange(4, { objectId: 'x' }), stageChange(5, { portalId: 'p' })]);
  expect(await post(allBad, v3(allBad))).toBe(400);

  expect(await counts()).toEqual({ bad_signature: 3, stale: 1, unparseable: 5, unknown_portal: 0 });
});
