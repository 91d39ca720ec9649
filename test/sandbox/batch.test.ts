import { AssociationTypes } from '@hubspot/api-client';
import { harnessLifecycle } from './lifecycle';
import { apiError } from './helpers';

const h = harnessLifecycle();

async function newDeal(name = 'Batch deal'): Promise<string> {
  return (await h().client.crm.deals.basicApi.create({ properties: { dealname: name }, associations: [] })).id;
}

describe('CRM batch endpoints through @hubspot/api-client', () => {
  afterEach(() => h().sandbox.setFaults({ partialFailureRate: 0 }));

  it('batch-creates tasks with inline associations (201) and the deal sees them', async () => {
    const { client, sandbox, portalId } = h();
    const dealId = await newDeal();
    const created = await client.crm.objects.tasks.batchApi.create({
      inputs: [1, 2, 3].map((n) => ({
        properties: { hs_task_subject: `Step ${n}`, hs_timestamp: String(Date.UTC(2025, 6, n)), hs_task_priority: 'HIGH' },
        associations: [{ to: { id: dealId }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: AssociationTypes.taskToDeal }] }],
      })),
    });
    expect(created.status).toBe('COMPLETE');
    expect(created.results).toHaveLength(3);
    const tasks = sandbox.listObjects(portalId, 'tasks').filter((t) => created.results.some((r) => r.id === t.id));
    expect(tasks.every((t) => t.associations.deals?.[0]?.id === dealId && t.associations.deals[0].typeIds.includes(216))).toBe(true);
    const deal = await client.crm.deals.basicApi.getById(dealId, undefined, undefined, ['tasks']);
    expect(deal.associations?.tasks?.results.map((r) => r.id).sort()).toEqual(created.results.map((r) => r.id).sort());
    expect(deal.associations?.tasks?.results[0]?.type).toBe('deal_to_task');
  });

  it('batch-reads (200) and reports missing ids as 207 OBJECT_NOT_FOUND', async () => {
    const { client } = h();
    const [a, b] = [await newDeal('A'), await newDeal('B')];
    const ok = await client.crm.deals.batchApi.read({ inputs: [{ id: a }, { id: b }], properties: ['dealname'], propertiesWithHistory: [] });
    expect(ok.results.map((r) => r.properties.dealname).sort()).toEqual(['A', 'B']);
    const partial = await client.crm.deals.batchApi.read({ inputs: [{ id: a }, { id: '999' }], properties: ['dealname'], propertiesWithHistory: [] });
    expect(partial.results).toHaveLength(1);
    expect((partial as { errors?: { category: string; context: Record<string, string[]> }[] }).errors?.[0]).toMatchObject({ category: 'OBJECT_NOT_FOUND', context: { ids: ['999'] } });
  });

  it('batch-updates (200) and batch-archives (204)', async () => {
    const { client } = h();
    const [a, b] = [await newDeal(), await newDeal()];
    const updated = await client.crm.deals.batchApi.update({ inputs: [{ id: a, properties: { amount: '1' } }, { id: b, properties: { amount: '2' } }] });
    expect(updated.results.map((r) => r.properties.amount).sort()).toEqual(['1', '2']);
    await client.crm.deals.batchApi.archive({ inputs: [{ id: a }, { id: b }] });
    expect((await apiError(client.crm.deals.basicApi.getById(a))).code).toBe(404);
  });

  it('rejects more than 100 inputs with 400 VALIDATION_ERROR', async () => {
    const inputs = Array.from({ length: 101 }, () => ({ properties: { hs_timestamp: '0' }, associations: [] }));
    const err = await apiError(h().client.crm.objects.tasks.batchApi.create({ inputs }));
    expect(err.code).toBe(400);
    expect(err.body.category).toBe('VALIDATION_ERROR');
    expect(String(err.body.message)).toContain('101');
  });

  it('rejects a malformed batch body with 400', async () => {
    const res = await fetch(`${h().sandbox.url}/crm/v3/objects/deals/batch/create`, {
      method: 'POST', headers: { Authorization: `Bearer ${h().token}`, 'Content-Type': 'application/json' }, body: '{"inputs": "nope"}',
    });
    expect(res.status).toBe(400);
    const broken = await fetch(`${h().sandbox.url}/crm/v3/objects/deals/batch/create`, {
      method: 'POST', headers: { Authorization: `Bearer ${h().token}`, 'Content-Type': 'application/json' }, body: '{"inputs": [',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
  });

  it('rejects a batch with an invalid input as a whole (400) and names the input and its objectWriteTraceId', async () => {
    const { client } = h();
    const err = await apiError(client.crm.deals.batchApi.update({
      inputs: [{ id: await newDeal(), properties: { amount: '3' }, objectWriteTraceId: 'ok-1' }, { id: await newDeal(), properties: { bogus: 'x' }, objectWriteTraceId: 'bad-2' }],
    }));
    expect(err.code).toBe(400);
    expect(err.body.errors).toEqual([expect.objectContaining({ code: 'PROPERTY_DOESNT_EXIST', context: expect.objectContaining({ objectWriteTraceId: ['bad-2'], inputIndex: ['1'] }) })]);
  });

  it('answers 207 with per-input errors when partial failures are injected', async () => {
    const { client, sandbox } = h();
    sandbox.setFaults({ seed: 7, partialFailureRate: 0.5 });
    const ids = await Promise.all([1, 2, 3, 4, 5, 6].map(() => newDeal()));
    const result = await client.crm.deals.batchApi.update({ inputs: ids.map((id, i) => ({ id, properties: { amount: String(i) }, objectWriteTraceId: `t-${i}` })) });
    const errors = (result as { errors?: { category: string; context: Record<string, string[]> }[] }).errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(result.results.length + errors.length).toBe(6);
    for (const e of errors) expect(e.context.objectWriteTraceId?.[0]).toMatch(/^t-\d$/);
    for (const r of result.results) expect((r as { objectWriteTraceId?: string }).objectWriteTraceId).toMatch(/^t-\d$/);

    const created = await client.crm.objects.tasks.batchApi.create({ inputs: Array.from({ length: 8 }, () => ({ properties: { hs_timestamp: '0' }, associations: [] })) });
    expect((created as { numErrors?: number }).numErrors ?? 0).toBeGreaterThan(0);
  });
});
