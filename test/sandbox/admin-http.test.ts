import { ManualClock, startSandbox, type Sandbox } from '../../sandbox';
import { clientFor } from './helpers';
import { startReceiver, type Receiver } from './receiver';

let sandbox: Sandbox;
let receiver: Receiver;
const clock = new ManualClock();

beforeAll(async () => {
  receiver = await startReceiver();
  sandbox = await startSandbox({ clock, app: { webhookTargetUrl: `${receiver.url}/hooks`, workflowActionUrl: `${receiver.url}/action` } });
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});

async function admin<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${sandbox.url}/_sandbox${path}`, { method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as T };
}

describe('admin HTTP API under /_sandbox', () => {
  it('creates, seeds and installs a portal, and reads its state', async () => {
    const created = await admin<{ portalId: number; counts: { deals: number } }>('POST', '/portals', { name: 'Scripted', seed: { closedLostDeals: 10, seed: 1 } });
    expect(created.status).toBe(201);
    expect(created.json.counts.deals).toBeGreaterThan(10);
    const { portalId } = created.json;
    const more = await admin<{ closedLostDeals: number }>('POST', `/portals/${portalId}/seed`, { seed: { closedLostDeals: 5, seed: 2 } });
    expect(more.json.closedLostDeals).toBe(5);
    const tokens = await admin<{ accessToken: string; expiresIn: number }>('POST', `/portals/${portalId}/install`, {});
    expect(tokens.status).toBe(201);
    const client = clientFor(sandbox, tokens.json.accessToken);
    const task = await client.crm.objects.tasks.basicApi.create({ properties: { hs_timestamp: '0', hs_task_subject: 'Call back' }, associations: [] });
    const tasks = await admin<{ results: { id: string; properties: Record<string, string> }[] }>('GET', `/portals/${portalId}/objects/tasks`);
    expect(tasks.json.results.map((t) => t.id)).toEqual([task.id]);
    const truth = await admin<{ results: { dealId: string; status: string }[] }>('GET', `/portals/${portalId}/truth`);
    expect(truth.json.results.length).toBeGreaterThan(15);
    expect((await admin('GET', '/portals')).json).toMatchObject({ results: expect.arrayContaining([expect.objectContaining({ portalId, installed: true })]) });
    expect((await admin('GET', `/portals/${portalId}/objects/widgets`)).status).toBe(400);
  });

  it('moves a deal like the CRM UI, fires the webhook, and shows the delivery log', async () => {
    const portalId = (await admin<{ portalId: number }>('POST', '/portals', { seed: { closedLostDeals: 2, openDeals: 1, seed: 3 } })).json.portalId;
    await admin('POST', `/portals/${portalId}/install`, {});
    const open = (await admin<{ results: { dealId: string; status: string }[] }>('GET', `/portals/${portalId}/truth`)).json.results.find((t) => t.status === 'open')!;
    const moved = await admin<{ properties: Record<string, string> }>('POST', `/portals/${portalId}/deals/${open.dealId}/lose`, { closedLostReason: 'Budget' });
    expect(moved.status).toBe(200);
    expect(moved.json.properties.closed_lost_reason).toBe('Budget');
    expect((await admin('POST', `/portals/${portalId}/deals/${open.dealId}/move`, { stageId: 'nonsense' })).status).toBe(400);
    await sandbox.webhooks.idle();
    const deliveries = await admin<{ results: { outcome: string; eventIds: number[] }[] }>('GET', '/webhooks/deliveries');
    expect(deliveries.json.results.at(-1)?.outcome).toBe('delivered');
    const events = await admin<{ results: { objectId: number; changeSource: string }[] }>('GET', '/webhooks/events');
    expect(events.json.results.at(-1)).toMatchObject({ objectId: Number(open.dealId), changeSource: 'CRM_UI' });
  });

  it('calls workflow actions and signed fetches, advances the clock, and resets stats', async () => {
    receiver.reply = () => ({ status: 200, body: '{"outputFields":{"hs_execution_state":"SUCCESS"}}' });
    const portalId = sandbox.portals()[0]!.portalId;
    const action = await admin<{ status: number; callbackId: string; body: unknown }>('POST', '/workflow-actions', { portalId, objectId: 1, inputFields: {} });
    expect(action.json).toMatchObject({ status: 200, callbackId: expect.stringMatching(/^ap-/), body: { outputFields: { hs_execution_state: 'SUCCESS' } } });
    const fetched = await admin<{ url: string }>('POST', '/signed-fetch', { portalId, url: `${receiver.url}/card` });
    expect(fetched.json.url).toContain(`portalId=${portalId}`);
    const before = clock.now();
    expect((await admin<{ now: number }>('POST', '/clock/advance', { ms: 1234 })).json.now).toBe(before + 1234);
    await admin('POST', '/stats/reset');
    expect((await admin<{ total: number }>('GET', '/stats')).json.total).toBe(0);
  });
});
