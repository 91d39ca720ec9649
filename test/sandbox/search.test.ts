import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import { harnessLifecycle } from './lifecycle';
import { apiError } from './helpers';

const h = harnessLifecycle();
const DEALS: Record<string, string>[] = [
  { dealname: 'Alpha', amount: '1000', closedate: '2024-01-15T00:00:00Z', dealstage: 'closedlost', closed_lost_reason: 'price' },
  { dealname: 'Beta', amount: '5000', closedate: '2024-03-01T00:00:00Z', dealstage: 'closedlost' },
  { dealname: 'Gamma', amount: '250', closedate: '2024-06-30T00:00:00Z', dealstage: 'closedwon' },
  { dealname: 'Delta', amount: '90000', closedate: '2025-01-10T00:00:00Z', dealstage: 'contractsent', closed_lost_reason: 'n/a' },
  { dealname: 'Epsilon', closedate: '2023-12-31T23:00:00Z', dealstage: 'closedlost' },
];

type Filter = { propertyName: string; operator: FilterOperatorEnum; value?: string; values?: string[]; highValue?: string };

async function names(filters: Filter[], sorts: unknown[] = ['dealname']): Promise<string[]> {
  const res = await h().client.crm.deals.searchApi.doSearch({ filterGroups: [{ filters }], sorts: sorts as string[], properties: ['dealname'], limit: 100 });
  return res.results.map((r) => r.properties.dealname ?? '');
}

describe('CRM search through @hubspot/api-client', () => {
  beforeAll(async () => {
    await h().client.crm.deals.batchApi.create({ inputs: DEALS.map((properties) => ({ properties, associations: [] })) });
  });

  it.each([
    ['EQ', [{ propertyName: 'dealstage', operator: FilterOperatorEnum.Eq, value: 'closedlost' }], ['Alpha', 'Beta', 'Epsilon']],
    ['NEQ', [{ propertyName: 'dealstage', operator: FilterOperatorEnum.Neq, value: 'closedlost' }], ['Delta', 'Gamma']],
    ['IN', [{ propertyName: 'dealstage', operator: FilterOperatorEnum.In, values: ['closedwon', 'contractsent'] }], ['Delta', 'Gamma']],
    ['NOT_IN', [{ propertyName: 'dealstage', operator: FilterOperatorEnum.NotIn, values: ['closedlost'] }], ['Delta', 'Gamma']],
    ['GT number', [{ propertyName: 'amount', operator: FilterOperatorEnum.Gt, value: '1000' }], ['Beta', 'Delta']],
    ['GTE number', [{ propertyName: 'amount', operator: FilterOperatorEnum.Gte, value: '1000' }], ['Alpha', 'Beta', 'Delta']],
    ['LT number (not lexical)', [{ propertyName: 'amount', operator: FilterOperatorEnum.Lt, value: '900' }], ['Gamma']],
    ['LTE date as epoch ms', [{ propertyName: 'closedate', operator: FilterOperatorEnum.Lte, value: String(Date.UTC(2024, 2, 1)) }], ['Alpha', 'Beta', 'Epsilon']],
    ['GTE date as ISO', [{ propertyName: 'closedate', operator: FilterOperatorEnum.Gte, value: '2024-06-01' }], ['Delta', 'Gamma']],
    ['BETWEEN', [{ propertyName: 'closedate', operator: FilterOperatorEnum.Between, value: '2024-01-01T00:00:00Z', highValue: String(Date.UTC(2024, 5, 30)) }], ['Alpha', 'Beta', 'Gamma']],
    ['HAS_PROPERTY', [{ propertyName: 'closed_lost_reason', operator: FilterOperatorEnum.HasProperty }], ['Alpha', 'Delta']],
    ['NOT_HAS_PROPERTY', [{ propertyName: 'amount', operator: FilterOperatorEnum.NotHasProperty }], ['Epsilon']],
    ['AND inside a group', [
      { propertyName: 'dealstage', operator: FilterOperatorEnum.Eq, value: 'closedlost' },
      { propertyName: 'amount', operator: FilterOperatorEnum.Gte, value: '2000' },
    ], ['Beta']],
  ] as [string, Filter[], string[]][])('%s', async (_label, filters, expected) => {
    expect(await names(filters)).toEqual(expected);
  });

  it('ORs filter groups and sorts by strings or objects', async () => {
    const res = await h().client.crm.deals.searchApi.doSearch({
      filterGroups: [
        { filters: [{ propertyName: 'dealname', operator: FilterOperatorEnum.Eq, value: 'alpha' }] },
        { filters: [{ propertyName: 'dealname', operator: FilterOperatorEnum.Eq, value: 'Gamma' }] },
      ],
      sorts: ['-amount'], properties: ['dealname', 'amount'], limit: 10,
    });
    expect(res.total).toBe(2);
    expect(res.results.map((r) => r.properties.dealname)).toEqual(['Alpha', 'Gamma']);
    expect(await names([], [{ propertyName: 'closedate', direction: 'DESCENDING' }])).toEqual(['Delta', 'Gamma', 'Beta', 'Alpha', 'Epsilon']);
    expect(await names([], ['amount'])).toEqual(['Gamma', 'Alpha', 'Beta', 'Delta', 'Epsilon']);
  });

  it('pages with after and reports total', async () => {
    const { client } = h();
    const page1 = await client.crm.deals.searchApi.doSearch({ filterGroups: [], sorts: ['dealname'], properties: ['dealname'], limit: 2 });
    expect(page1.total).toBe(5);
    expect(page1.paging?.next?.after).toBe('2');
    const page3 = await client.crm.deals.searchApi.doSearch({ filterGroups: [], sorts: ['dealname'], properties: ['dealname'], limit: 2, after: '4' });
    expect(page3.results.map((r) => r.properties.dealname)).toEqual(['Gamma']);
    expect(page3.paging).toBeUndefined();
    expect(page3.results[0]!.properties).toHaveProperty('hs_object_id');
  });

  it('rejects limit above 200, unknown filter properties and paging past 10,000 with 400', async () => {
    const { client } = h();
    const tooBig = await apiError(client.crm.deals.searchApi.doSearch({ filterGroups: [], sorts: [], properties: [], limit: 201 }));
    expect(tooBig.code).toBe(400);
    const unknown = await apiError(client.crm.deals.searchApi.doSearch({ filterGroups: [{ filters: [{ propertyName: 'nope', operator: FilterOperatorEnum.Eq, value: 'x' }] }], sorts: [], properties: [], limit: 10 }));
    expect(unknown.code).toBe(400);
    const capped = await apiError(client.crm.deals.searchApi.doSearch({ filterGroups: [], sorts: [], properties: [], limit: 10, after: '10000' }));
    expect(capped.code).toBe(400);
    expect(capped.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
  });

  it('sends no rate-limit headers on search but does on other calls', async () => {
    const { sandbox, token } = h();
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const search = await fetch(`${sandbox.url}/crm/v3/objects/deals/search`, { method: 'POST', headers, body: '{}' });
    expect(search.status).toBe(200);
    expect(search.headers.get('x-hubspot-ratelimit-max')).toBeNull();
    const page = await fetch(`${sandbox.url}/crm/v3/objects/deals?limit=1`, { headers });
    expect(page.headers.get('x-hubspot-ratelimit-max')).not.toBeNull();
  });
});
