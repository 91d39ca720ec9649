/**
 * Association reads follow every page (issue 11 §6): the sandbox pages v3 inline associations, the v4 list
 * and the v4 batch read at 3 per page here, so anything past the first page shows up (or goes missing).
 */
import { Client } from '@hubspot/api-client';
import { gatherDealSnapshot } from '../../../server/hubspot/gather-deal-snapshot';
import { gatherDealSnapshots } from '../../../server/hubspot/gather-deal-snapshots';
import type { HubSpotPort } from '../../../server/hubspot/port/hubspot-port';
import { writePlanTasks, writePlanTasksForDeals, type TaskToWrite } from '../../../server/hubspot/write-plan-tasks';
import { ALL_SCOPES } from '../../sandbox/helpers';
import { startHarness, type Harness } from '../harness';
import { hubspotPort } from '../../../server/hubspot/port/sdk-port';

const PAGE = 3;
let h: Harness;
let portalId: number;
let client: HubSpotPort;
/** Sets the portal up with every scope (Regain itself cannot create companies). */
let admin: Client;

beforeAll(async () => {
  h = await startHarness({ sandbox: { seed: undefined, variants: { associationPages: { inline: PAGE, list: PAGE, batchRead: PAGE } } } });
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
  client = hubspotPort(h.deps.hubspot.clientFor(String(portalId)));
  admin = new Client({ accessToken: h.sandbox.installApp(portalId, { scopes: ALL_SCOPES }).accessToken, basePath: h.sandbox.url, numberOfApiCallRetries: 0 });
});
afterAll(() => h.close());

const sdk = <T>(fn: (c: Client) => Promise<T>) => fn(admin);
const assoc = (id: string, typeId: number) => ({ to: { id }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: typeId }] });

async function createDeal(props: Record<string, string> = {}, companyId?: string): Promise<string> {
  const associations = companyId ? [assoc(companyId, 5)] : [];
  return (await sdk((c) => c.crm.deals.basicApi.create({ properties: { dealname: 'Paging deal', pipeline: 'default', dealstage: 'closedlost', ...props }, associations }))).id;
}

/** `n` tasks (not Regain's) or notes on a deal, created before anything else so they fill the first pages. */
async function attach(kind: 'tasks' | 'notes', dealId: string, n: number): Promise<void> {
  const typeId = kind === 'tasks' ? 216 : 214;
  const body = kind === 'tasks' ? 'hs_task_body' : 'hs_note_body';
  const inputs = Array.from({ length: n }, (_, i) => ({ properties: { hs_timestamp: '2024-01-01T00:00:00Z', [body]: `other ${kind} ${i}` }, associations: [assoc(dealId, typeId)] }));
  await sdk((c) => c.crm.objects.batchApi.create(kind, { inputs } as never));
}

const items = (dealId: string, n: number): TaskToWrite[] =>
  Array.from({ length: n }, (_, i) => ({ idempotencyKey: `regain:${dealId}:step-${i}`, title: `Step ${i}`, body: 'Call them.', dueDate: new Date('2030-01-01T00:00:00Z'), priority: 'MEDIUM', ownerId: null, remind: false }));

const tasksOnDeal = (dealId: string) => h.sandbox.listObjects(portalId, 'tasks').filter((t) => t.associations.deals?.some((d) => d.id === dealId)).length;

describe('a deal with more tasks than a page', () => {
  it('a retried plan write adopts every task it wrote before (one deal)', async () => {
    const dealId = await createDeal();
    await attach('tasks', dealId, 4);
    const first = await writePlanTasks(client, { dealId, companyId: null, contactId: null }, items(dealId, 5));
    expect(first.written.filter((w) => !w.adopted)).toHaveLength(5);
    const retry = await writePlanTasks(client, { dealId, companyId: null, contactId: null }, items(dealId, 5));
    expect(retry.written.map((w) => w.adopted)).toEqual([true, true, true, true, true]);
    expect(retry.written.map((w) => w.taskId).sort()).toEqual(first.written.map((w) => w.taskId).sort());
    expect(tasksOnDeal(dealId)).toBe(9);
  });

  it('a retried backfill write (batch associations read) creates no duplicates', async () => {
    const dealIds = [await createDeal(), await createDeal()];
    for (const d of dealIds) await attach('tasks', d, 4);
    const plans = dealIds.map((dealId) => ({ target: { dealId, companyId: null, contactId: null }, items: items(dealId, 4) }));
    const first = await writePlanTasksForDeals(client, plans);
    expect(first.written.filter((w) => !w.adopted)).toHaveLength(8);
    const retry = await writePlanTasksForDeals(client, plans);
    expect(retry.written.filter((w) => w.adopted)).toHaveLength(8);
    expect(retry.failed).toEqual([]);
    for (const d of dealIds) expect(tasksOnDeal(d)).toBe(8);
  });

  it('listAssociations and batchAssociations return every associated record', async () => {
    const dealId = await createDeal();
    await attach('tasks', dealId, 2 * PAGE + 1);
    expect(await client.listAssociations('deals', dealId, 'tasks')).toHaveLength(2 * PAGE + 1);
    const batch = await client.batchAssociations('deals', 'tasks', [dealId, dealId]);
    expect(batch.get(dealId)).toHaveLength(2 * PAGE + 1);
    expect(batch.get(dealId)!.every((r) => r.typeIds.includes(215))).toBe(true);
  });
});

describe('snapshots see every association', () => {
  async function companyWithHistory(): Promise<{ companyId: string; lostDealId: string }> {
    const companyId = (await sdk((c) => c.crm.companies.basicApi.create({ properties: { name: 'Paged Co' }, associations: [] }))).id;
    for (let i = 0; i < PAGE + 2; i++) await createDeal({ dealstage: 'closedwon', amount: '1000', closedate: `202${i % 4}-06-01T00:00:00Z` }, companyId);
    const lostDealId = await createDeal({ closed_lost_reason: 'price' }, companyId);
    await attach('notes', lostDealId, PAGE + 2);
    return { companyId, lostDealId };
  }

  it('gatherDealSnapshot: all deal notes (inline list paged) and the whole company history', async () => {
    const { companyId, lostDealId } = await companyWithHistory();
    const gathered = await gatherDealSnapshot(client, h.deps.hubspot.pipelines, lostDealId);
    expect(gathered.companyId).toBe(companyId);
    expect(gathered.snapshot.notes.filter((n) => n.on === 'deal')).toHaveLength(PAGE + 2);
    expect(gathered.snapshot.company?.closedWonDeals).toHaveLength(PAGE + 2);
  });

  it('gatherDealSnapshots (backfill): the same, through batch reads', async () => {
    const { companyId, lostDealId } = await companyWithHistory();
    const stages = await h.deps.hubspot.pipelines.stages(client);
    const deal = await sdk((c) => c.crm.deals.basicApi.getById(lostDealId, ['dealname', 'pipeline', 'dealstage', 'closed_lost_reason']));
    const [gathered] = await gatherDealSnapshots(client, stages, [{ id: lostDealId, properties: deal.properties }]);
    expect(gathered?.companyId).toBe(companyId);
    expect(gathered?.snapshot.notes.filter((n) => n.on === 'deal')).toHaveLength(PAGE + 2);
    expect(gathered?.snapshot.company?.closedWonDeals).toHaveLength(PAGE + 2);
  });
});
