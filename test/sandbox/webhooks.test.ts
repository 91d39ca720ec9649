import { ManualClock, startSandbox, type Sandbox, type WebhookEvent } from '../../sandbox';
import { ALL_SCOPES, clientFor } from './helpers';
import { startReceiver, verifyV1, verifyV3, type Receiver } from './receiver';

const SECRET = 'webhook-secret';
let sandbox: Sandbox;
let receiver: Receiver;
const clock = new ManualClock();

beforeAll(async () => {
  receiver = await startReceiver();
  sandbox = await startSandbox({
    clock, rateLimit: { max: 100_000 }, app: { appId: 777, clientSecret: SECRET, webhookTargetUrl: `${receiver.url}/hubspot/webhooks?v=1` },
    webhooks: { retryBaseDelayMs: 2, retryMaxDelayMs: 10, maxRetries: 3 },
  });
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});
beforeEach(async () => {
  await sandbox.webhooks.idle();
  receiver.received.length = 0;
  receiver.reply = () => ({ status: 204 });
  sandbox.webhooks.configure({ duplicateRate: 0, shuffle: false });
  sandbox.configureApp({ webhookTargetUrl: `${receiver.url}/hubspot/webhooks?v=1` });
});

function setup() {
  const portalId = sandbox.portals()[0]!.portalId;
  const client = clientFor(sandbox, sandbox.installApp(portalId, { scopes: ALL_SCOPES }).accessToken);
  return { portalId, client };
}
const events = (i: number) => JSON.parse(receiver.received[i]!.body) as WebhookEvent[];

describe('webhooks (sandbox -> app)', () => {
  it('delivers a signed dealstage change made through the API (INTEGRATION) and ignores other properties', async () => {
    const { client } = setup();
    const deal = await client.crm.deals.basicApi.create({ properties: { dealname: 'Hooked' }, associations: [] });
    await client.crm.deals.basicApi.update(deal.id, { properties: { amount: '5' } });
    await client.crm.deals.basicApi.update(deal.id, { properties: { dealstage: 'closedlost' } });
    await sandbox.webhooks.idle();
    expect(receiver.received).toHaveLength(1);
    const req = receiver.received[0]!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/hubspot/webhooks?v=1');
    expect(verifyV3(SECRET, req, receiver.url)).toBe(true);
    expect(verifyV1(SECRET, req)).toBe(true);
    expect(verifyV3('wrong-secret', req, receiver.url)).toBe(false);
    expect(Number(req.headers['x-hubspot-request-timestamp'])).toBe(clock.now());
    expect(events(0)).toEqual([{
      eventId: expect.any(Number), subscriptionId: expect.any(Number), portalId: sandbox.portals()[0]!.portalId, appId: 777,
      occurredAt: clock.now(), subscriptionType: 'object.propertyChange', objectTypeId: '0-3', objectId: Number(deal.id),
      propertyName: 'dealstage', propertyValue: 'closedlost', changeSource: 'INTEGRATION', sourceId: '777', attemptNumber: 0, isSensitive: false,
    }]);
  });

  it('fires for the admin move as CRM_UI and for batch updates in batches of at most 100', async () => {
    const { portalId, client } = setup();
    const deal = await client.crm.deals.basicApi.create({ properties: { dealname: 'Moved' }, associations: [] });
    sandbox.moveDealToStage(portalId, deal.id, 'closedlost', { closedLostReason: 'went with a cheaper vendor' });
    await sandbox.webhooks.idle();
    expect(events(0)[0]).toMatchObject({ changeSource: 'CRM_UI', sourceId: expect.stringMatching(/^userId:\d+$/), propertyValue: 'closedlost' });
    receiver.received.length = 0;

    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const created = await client.crm.deals.batchApi.create({ inputs: Array.from({ length: 75 }, () => ({ properties: { dealname: 'b' }, associations: [] })) });
      ids.push(...created.results.map((r) => r.id));
    }
    for (let i = 0; i < ids.length; i += 100) {
      await client.crm.deals.batchApi.update({ inputs: ids.slice(i, i + 100).map((id) => ({ id, properties: { dealstage: 'closedwon' } })) });
    }
    await sandbox.webhooks.idle();
    const sizes = receiver.received.map((_, i) => events(i).length);
    expect(sizes.every((n) => n <= 100)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(150);
  });

  it('retries non-2xx with attemptNumber incremented and fresh signatures; 4xx like 404 is final', async () => {
    const { client } = setup();
    receiver.reply = (_req, index) => ({ status: index < 2 ? 500 : 200 });
    const deal = await client.crm.deals.basicApi.create({ properties: { dealname: 'Retry' }, associations: [] });
    await client.crm.deals.basicApi.update(deal.id, { properties: { dealstage: 'closedlost' } });
    await sandbox.webhooks.idle();
    expect(receiver.received.map((_, i) => events(i)[0]!.attemptNumber)).toEqual([0, 1, 2]);
    expect(receiver.received.every((req) => verifyV3(SECRET, req, receiver.url))).toBe(true);
    const log = sandbox.webhooks.deliveries().filter((d) => d.eventIds.includes(events(0)[0]!.eventId));
    expect(log.map((d) => d.outcome)).toEqual(['retry', 'retry', 'delivered']);

    receiver.received.length = 0;
    receiver.reply = () => ({ status: 404 });
    await client.crm.deals.basicApi.update(deal.id, { properties: { dealstage: 'closedwon' } });
    await sandbox.webhooks.idle();
    expect(receiver.received).toHaveLength(1);
  });

  it('plays the documented alternative: with retryOn all-errors a 400 or 404 is retried too', async () => {
    const { client } = setup();
    sandbox.webhooks.configure({ retryOn: 'all-errors' });
    try {
      receiver.reply = (_req, index) => ({ status: index < 2 ? 400 : 200 });
      const deal = await client.crm.deals.basicApi.create({ properties: { dealname: 'Retry 4xx' }, associations: [] });
      await client.crm.deals.basicApi.update(deal.id, { properties: { dealstage: 'closedlost' } });
      await sandbox.webhooks.idle();
      expect(receiver.received.map((_, i) => events(i)[0]!.attemptNumber)).toEqual([0, 1, 2]);
      expect(sandbox.webhooks.deliveries().filter((d) => d.eventIds.includes(events(0)[0]!.eventId)).map((d) => d.outcome)).toEqual(['retry', 'retry', 'delivered']);
    } finally {
      sandbox.webhooks.configure({ retryOn: 'server-errors' });
    }
  });

  it('retries connection errors up to maxRetries, then gives up', async () => {
    const { client } = setup();
    const dead = await startReceiver();
    await dead.close();
    sandbox.configureApp({ webhookTargetUrl: `${dead.url}/gone` });
    const deal = await client.crm.deals.basicApi.create({ properties: { dealname: 'Dead' }, associations: [] });
    await client.crm.deals.basicApi.update(deal.id, { properties: { dealstage: 'closedlost' } });
    await sandbox.webhooks.idle();
    const attempts = sandbox.webhooks.deliveries().filter((d) => d.url === `${dead.url}/gone`);
    expect(attempts.map((d) => d.attemptNumber)).toEqual([0, 1, 2, 3]);
    expect(attempts.at(-1)?.outcome).toBe('failed');
    expect(attempts[0]?.error).toBeDefined();
  });

  it('can deliver duplicates and out of order (seeded)', async () => {
    const { client } = setup();
    sandbox.webhooks.configure({ duplicateRate: 1, shuffle: true, seed: 5 });
    const created = await client.crm.deals.batchApi.create({ inputs: Array.from({ length: 20 }, () => ({ properties: { dealname: 'dup' }, associations: [] })) });
    await client.crm.deals.batchApi.update({ inputs: created.results.map((r) => ({ id: r.id, properties: { dealstage: 'closedlost' } })) });
    await sandbox.webhooks.idle();
    const received = receiver.received.flatMap((_, i) => events(i).map((e) => e.eventId));
    expect(received).toHaveLength(40);
    expect(new Set(received).size).toBe(20);
    const firstDelivery = events(0).map((e) => e.eventId);
    expect(firstDelivery).not.toEqual([...firstDelivery].sort((a, b) => a - b));
  });

  it('sends nothing for portals where the app is not installed', async () => {
    const other = sandbox.createPortal();
    const view = sandbox.listObjects(other.portalId, 'deals');
    expect(view).toEqual([]);
    sandbox.seedPortal(other.portalId, { closedLostDeals: 1, openDeals: 1, seed: 3 });
    const open = sandbox.truth(other.portalId).find((t) => t.status === 'open')!;
    sandbox.loseDeal(other.portalId, open.dealId);
    expect(sandbox.webhooks.events().some((e) => e.objectId === Number(open.dealId))).toBe(false);
    await sandbox.webhooks.idle();
    expect(receiver.received).toHaveLength(0);
  });
});
