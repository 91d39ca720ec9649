import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/associations/v4';
import { harnessLifecycle } from './lifecycle';
import { apiError } from './helpers';

const h = harnessLifecycle();
const HUBSPOT_DEFINED = AssociationSpecAssociationCategoryEnum.HubspotDefined;

async function setup(): Promise<{ dealId: string; companyId: string; contactId: string; taskId: string }> {
  const { client } = h();
  const dealId = (await client.crm.deals.basicApi.create({ properties: { dealname: 'Assoc deal' }, associations: [] })).id;
  const companyId = (await client.crm.companies.basicApi.create({ properties: { name: 'Assoc Co' }, associations: [] })).id;
  const contactId = (await client.crm.contacts.basicApi.create({ properties: { email: `c${dealId}@x.test` }, associations: [] })).id;
  const taskId = (await client.crm.objects.tasks.basicApi.create({ properties: { hs_timestamp: '0' }, associations: [] })).id;
  return { dealId, companyId, contactId, taskId };
}

describe('Associations v4 through @hubspot/api-client', () => {
  it('creates with explicit types (201) and keeps both directions consistent', async () => {
    const { client } = h();
    const { dealId, taskId, companyId } = await setup();
    const created = await client.crm.associations.v4.basicApi.create('tasks', taskId, 'deals', dealId, [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 216 }]);
    expect(created).toMatchObject({ fromObjectTypeId: '0-27', toObjectTypeId: '0-3' });
    await client.crm.associations.v4.basicApi.create('tasks', taskId, 'companies', companyId, [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 192 }]);
    const fromDeal = await client.crm.associations.v4.basicApi.getPage('deals', dealId, 'tasks');
    expect(fromDeal.results).toEqual([expect.objectContaining({ toObjectId: Number(taskId), associationTypes: [expect.objectContaining({ typeId: 215, category: 'HUBSPOT_DEFINED' })] })]);
    const fromCompany = await client.crm.associations.v4.basicApi.getPage('companies', companyId, 'tasks');
    expect(fromCompany.results[0]?.associationTypes[0]?.typeId).toBe(191);
  });

  it('creates the default association (200) with the unlabelled type and lists primary labels', async () => {
    const { client } = h();
    const { dealId, companyId } = await setup();
    const res = await client.crm.associations.v4.basicApi.createDefault('deals', dealId, 'companies', companyId);
    expect(res.results[0]?.associationSpec.associationTypeId).toBe(341);
    await client.crm.associations.v4.basicApi.create('deals', dealId, 'companies', companyId, [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 5 }]);
    const page = await client.crm.associations.v4.basicApi.getPage('deals', dealId, 'companies');
    const types = page.results[0]?.associationTypes ?? [];
    expect(types.map((t) => t.typeId).sort((a, b) => a - b)).toEqual([5, 341]);
    expect(types.find((t) => t.typeId === 5)?.label).toBe('Primary');
    const v3 = await client.crm.deals.basicApi.getById(dealId, undefined, undefined, ['companies']);
    expect(v3.associations?.companies?.results.map((r) => r.type).sort()).toEqual(['deal_to_company', 'deal_to_company_unlabeled']);
  });

  it('pages v4 associations with limit/after', async () => {
    const { client } = h();
    const { dealId } = await setup();
    const inputs = Array.from({ length: 5 }, () => ({
      properties: { hs_timestamp: '0' },
      associations: [{ to: { id: dealId }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: 216 }] }],
    }));
    await client.crm.objects.tasks.batchApi.create({ inputs });
    const first = await client.crm.associations.v4.basicApi.getPage('deals', dealId, 'tasks', undefined, 3);
    expect(first.results).toHaveLength(3);
    const rest = await client.crm.associations.v4.basicApi.getPage('deals', dealId, 'tasks', first.paging?.next?.after, 3);
    expect(rest.results).toHaveLength(2);
  });

  it('batch-reads (200, or 207 when an id has none) and batch-creates (201)', async () => {
    const { client } = h();
    const a = await setup();
    const b = await setup();
    const note = await client.crm.objects.notes.basicApi.create({ properties: { hs_note_body: 'n', hs_timestamp: '0' }, associations: [] });
    const batch = await client.crm.associations.v4.batchApi.create('notes', 'deals', {
      inputs: [{ _from: { id: note.id }, to: { id: a.dealId }, types: [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 214 }] }],
    });
    expect(batch.results[0]).toMatchObject({ fromObjectTypeId: '0-46', toObjectTypeId: '0-3' });
    const read = await client.crm.associations.v4.batchApi.getPage('deals', 'notes', { inputs: [{ id: a.dealId }, { id: b.dealId }] });
    expect(read.results).toHaveLength(1);
    expect(read.results[0]?.to[0]?.associationTypes[0]?.typeId).toBe(213);
    expect((read as { errors?: { subCategory?: string }[] }).errors?.[0]?.subCategory).toBe('crm.associations.NO_ASSOCIATIONS_FOUND');
  });

  it('rejects an invalid type id (400) and unknown objects (404)', async () => {
    const { client } = h();
    const { dealId, taskId } = await setup();
    const bad = await apiError(client.crm.associations.v4.basicApi.create('tasks', taskId, 'deals', dealId, [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 2 }]));
    expect(bad.code).toBe(400);
    const missing = await apiError(client.crm.associations.v4.basicApi.create('tasks', taskId, 'deals', '42', [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 216 }]));
    expect(missing.code).toBe(404);
    const inline = await apiError(client.crm.objects.tasks.basicApi.create({ properties: { hs_timestamp: '0' }, associations: [{ to: { id: dealId }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: 2 }] }] }));
    expect(inline.code).toBe(400);
  });
});
