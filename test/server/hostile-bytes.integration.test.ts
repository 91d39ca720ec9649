/**
 * Issue 15, "Hostile bytes", against the app as `npm start` runs it (startRegain: PGlite, pg-boss, the
 * sandbox). PostgreSQL refuses NUL (`\u0000`) and unpaired surrogates (`\ud800`), and a btree refuses an
 * 8 KB key: each path where such a value reached the database answered 500 (and a 500 on a webhook makes
 * HubSpot resend the whole delivery). Now: 400 naming the field at the edge; a webhook delivery keeps its
 * valid events; a bad event inside a queued job is recorded and skipped; HubSpot's own text is cleaned.
 */
import { Client } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/notes/models/AssociationSpec';
import pino from 'pino';
import { signV3 } from '../../sandbox';
import { JOBS } from '../../server/app-deps';
import { startRegain, type RunningRegain } from '../../server/main';

let regain: RunningRegain;
let portalId: number;
let pid: string;
let lostDeals: string[];

beforeAll(async () => {
  regain = await startRegain({ PORT: '0', LOG_LEVEL: 'silent' }, { logger: pino({ level: 'silent' }), pollingIntervalSeconds: 0.5 });
  const sandbox = regain.sandbox!;
  portalId = sandbox.portals()[0]!.portalId;
  pid = String(portalId);
  await regain.installSandboxPortal(portalId);
  // Webhooks are sent by hand below, not by the sandbox.
  sandbox.configureApp({ webhookTargetUrl: undefined });
  lostDeals = sandbox.truth(portalId).filter((t) => t.status === 'closed_lost').map((t) => t.dealId);
}, 60_000);
afterAll(() => regain?.close(), 60_000);

/** A request signed with v3 as HubSpot signs webhooks and workflow actions. */
async function signedPost(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const text = JSON.stringify(body);
  const timestamp = Date.now();
  const url = `${regain.config.publicBaseUrl}${path}`;
  const headers = { 'content-type': 'application/json', 'x-hubspot-signature-v3': signV3({ method: 'POST', url, body: text, timestamp, clientSecret: regain.config.hubspot.clientSecret }), 'x-hubspot-request-timestamp': String(timestamp) };
  const res = await fetch(`${regain.url}${path}`, { method: 'POST', headers, body: text });
  return { status: res.status, json: await res.json() };
}

async function card(method: 'PUT' | 'POST' | 'GET', path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const r = await regain.sandbox!.signedFetch(portalId, { method, url: `${regain.url}${path}`, ...(body !== undefined ? { body } : {}), userId: 501, userEmail: 'rep@example.com' });
  return { status: r.status, json: r.json };
}

const stageChange = (over: Record<string, unknown>) => ({ eventId: 7_700_001, subscriptionId: 1, portalId, appId: 1, occurredAt: Date.now(), subscriptionType: 'deal.propertyChange', objectId: Number(lostDeals[0]), propertyName: 'dealstage', propertyValue: 'closedlost', changeSource: 'CRM_UI', ...over });
const settings = (competitor: string) => ({ core: { vocabulary: { competitors: [competitor] } }, automation: { mode: 'suggest', confidenceThreshold: 0.5, taskOwner: { rule: 'deal_owner' } } });
const action = (over: { callbackId?: string; objectId?: unknown; ownerId?: unknown }) => ({
  callbackId: over.callbackId ?? `ap-hostile-${Math.random()}`,
  origin: { portalId },
  object: { objectId: over.objectId ?? Number(lostDeals[0]), objectType: 'DEAL' },
  inputFields: { mode: 'suggest', ...(over.ownerId !== undefined ? { ownerId: over.ownerId } : {}) },
});
const confirm = (note: string) => ({ segment: 'bought_away', source: 'external', stability: 'stable', controllability: 'uncontrollable', note });

const PATHS: Array<[string, (bad: string) => Promise<{ status: number; json: any }>, Array<string | number>]> = [
  ['a note (PUT analysis)', (bad) => card('PUT', `/api/v1/deals/${lostDeals[1]}/analysis`, confirm(bad)), ['note']],
  ['a note (stop plan)', (bad) => card('POST', `/api/v1/deals/${lostDeals[1]}/plan/stop`, { note: bad }), ['note']],
  ['settings', (bad) => card('PUT', '/api/v1/settings', settings(`rival ${bad}`)), ['core', 'vocabulary', 'competitors', 0]],
  ['webhook eventId', (bad) => signedPost('/webhooks/hubspot', [stageChange({ eventId: bad })]), [0, 'eventId']],
  ['webhook objectId', (bad) => signedPost('/webhooks/hubspot', [stageChange({ objectId: bad })]), [0, 'objectId']],
  ['workflow objectId', (bad) => signedPost('/workflow-actions/analyse-lost-deal', action({ objectId: bad })), ['object', 'objectId']],
  ['workflow callbackId', (bad) => signedPost('/workflow-actions/analyse-lost-deal', action({ callbackId: `ap-${bad}` })), ['callbackId']],
  ['workflow ownerId', (bad) => signedPost('/workflow-actions/analyse-lost-deal', action({ ownerId: bad })), ['inputFields', 'ownerId']],
];

describe.each([
  ['NUL', 'a\u0000b'],
  ['an unpaired surrogate', 'a\ud800b'],
])('%s', (_kind, bad) => {
  it.each(PATHS)('is refused with a 400 naming the field: %s', async (_name, send, field) => {
    const r = await send(bad);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('validation_failed');
    expect(r.json.error.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(field);
  });
});

it('refuses ids that are not 1 to 20 digits on the webhook and the workflow action (an 8 KB id included)', async () => {
  for (const id of ['9'.repeat(21), 'x'.repeat(8192), '12a', '-5', 1e21, 1.5]) {
    expect((await signedPost('/webhooks/hubspot', [stageChange({ eventId: id })])).status).toBe(400);
    expect((await signedPost('/webhooks/hubspot', [stageChange({ objectId: id })])).status).toBe(400);
    expect((await signedPost('/workflow-actions/analyse-lost-deal', action({ objectId: id }))).status).toBe(400);
  }
});

async function until<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const rejections = async () => (await regain.stores.audit.list(pid, { limit: 1000 })).filter((a) => a.action === 'webhook.event_rejected');

it('acknowledges a delivery with one bad event next to a valid one, processes the valid one and records the other', async () => {
  const dealId = lostDeals[2]!;
  const before = (await rejections()).length;
  const res = await signedPost('/webhooks/hubspot', [stageChange({ eventId: 'x'.repeat(8192) }), stageChange({ eventId: 7_700_002, objectId: Number(dealId) })]);
  expect(res).toEqual({ status: 200, json: { received: 2, accepted: 1, rejected: 1 } });
  await until(() => regain.stores.analyses.get(pid, dealId));
  const recorded = (await rejections()).slice(0, (await rejections()).length - before);
  expect(recorded).toHaveLength(1);
  expect(recorded[0]!.detail).toContain('eventId');
  expect(recorded[0]!.detail).not.toContain('xxxx');
}, 30_000);

it('processes the valid events of a queued job that carries a bad one (queued by an older version), recording the bad one', async () => {
  const dealId = lostDeals[3]!;
  const before = (await rejections()).length;
  const jobId = (await regain.queue.send(JOBS.webhookBatch, {
    events: [
      { portalId: pid, eventId: 'y'.repeat(8192), dealId, occurredAt: Date.now() },
      { portalId: pid, eventId: '7700003', dealId, occurredAt: Date.now() },
    ],
  }))!;
  const done = await until(async () => {
    const job = await regain.queue.getJob(JOBS.webhookBatch, jobId);
    return job && ['completed', 'failed'].includes(job.state) ? job : null;
  });
  expect(done.state).toBe('completed');
  expect(done.retryCount).toBe(0);
  await until(() => regain.stores.analyses.get(pid, dealId));
  expect((await rejections()).length - before).toBe(1);
}, 30_000);

it('cleans NUL and unpaired surrogates out of a HubSpot note before storing the analysis built from it', async () => {
  const sandbox = regain.sandbox!;
  const dealId = lostDeals[4]!;
  const client = new Client({ accessToken: sandbox.installApp(portalId).accessToken, basePath: sandbox.url });
  await client.crm.objects.notes.basicApi.create({
    properties: { hs_note_body: 'We lost them to a competitor\u0000 who was 20% cheaper \ud800 on price.', hs_timestamp: new Date().toISOString() },
    associations: [{ to: { id: dealId }, types: [{ associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined, associationTypeId: 214 }] }],
  });
  const r = await card('GET', `/api/v1/deals/${dealId}/analysis`);
  expect(r.status).toBe(200);
  const stored = JSON.stringify((await regain.stores.analyses.get(pid, dealId))!.suggested);
  expect(stored).not.toMatch(/\u0000|\\u0000/);
  expect(stored).not.toMatch(/\\ud800/i);
  expect(stored).toContain('competitor');
}, 30_000);
