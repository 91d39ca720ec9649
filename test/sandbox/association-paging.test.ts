import { DEFAULT_VARIANTS } from '../../sandbox';
import { harnessLifecycle } from './lifecycle';
import { apiError } from './helpers';

const h = harnessLifecycle();
const task216 = (dealId: string) => ({ to: { id: dealId }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: 216 }] });

/** A deal with `n` tasks (batch create, 100 per call). */
async function dealWithTasks(n: number): Promise<string> {
  const { client } = h();
  const dealId = (await client.crm.deals.basicApi.create({ properties: { dealname: 'Busy deal' }, associations: [] })).id;
  for (let i = 0; i < n; i += 100) {
    const inputs = Array.from({ length: Math.min(100, n - i) }, () => ({ properties: { hs_timestamp: '0' }, associations: [task216(dealId)] }));
    await client.crm.objects.tasks.batchApi.create({ inputs });
  }
  return dealId;
}

afterEach(() => h().sandbox.setVariants({ ...DEFAULT_VARIANTS }));

describe('association paging as HubSpot documents it', () => {
  it('v4 list: 500 per call by default and at most, then an opaque paging.next.after', async () => {
    const { client } = h();
    const dealId = await dealWithTasks(501);
    const first = await client.crm.associations.v4.basicApi.getPage('deals', dealId, 'tasks', undefined, 600);
    expect(first.results).toHaveLength(500);
    const after = first.paging?.next?.after;
    expect(after).toEqual(expect.any(String));
    expect(after).not.toMatch(/^\d+$/);
    const rest = await client.crm.associations.v4.basicApi.getPage('deals', dealId, 'tasks', after);
    expect(rest.results).toHaveLength(1);
    expect(rest.paging).toBeUndefined();
    const ids = new Set([...first.results, ...rest.results].map((r) => r.toObjectId));
    expect(ids.size).toBe(501);
  });

  it('v4 list: a bad cursor is a 400', async () => {
    const { client } = h();
    const dealId = await dealWithTasks(1);
    expect((await apiError(client.crm.associations.v4.basicApi.getPage('deals', dealId, 'tasks', 'not-a-cursor'))).code).toBe(400);
  });

  it('v4 batch read: each result pages on its own and continues with {id, after}', async () => {
    const { client, sandbox } = h();
    sandbox.setVariants({ associationPages: { ...DEFAULT_VARIANTS.associationPages, batchRead: 3 } });
    const [busy, quiet] = [await dealWithTasks(7), await dealWithTasks(2)];
    const first = await client.crm.associations.v4.batchApi.getPage('deals', 'tasks', { inputs: [{ id: busy }, { id: quiet }] });
    const byId = new Map(first.results.map((r) => [String(r._from.id), r]));
    expect(byId.get(busy)?.to).toHaveLength(3);
    expect(byId.get(quiet)?.to).toHaveLength(2);
    expect(byId.get(quiet)?.paging).toBeUndefined();
    const seen = new Set(byId.get(busy)!.to.map((t) => t.toObjectId));
    let after = byId.get(busy)?.paging?.next?.after;
    while (after) {
      const next = await client.crm.associations.v4.batchApi.getPage('deals', 'tasks', { inputs: [{ id: busy, after }] });
      for (const t of next.results[0]!.to) seen.add(t.toObjectId);
      after = next.results[0]?.paging?.next?.after;
    }
    expect(seen.size).toBe(7);
  });

  it('v3 object reads: 100 inline associations per type, then paging.next.after', async () => {
    const { client } = h();
    const dealId = await dealWithTasks(101);
    const deal = await client.crm.deals.basicApi.getById(dealId, undefined, undefined, ['tasks']);
    expect(deal.associations?.tasks?.results).toHaveLength(100);
    expect(deal.associations?.tasks?.paging?.next?.after).toEqual(expect.any(String));
  });
});
