/** The port's association readers (sdk-reads.ts) against scripted SDK answers (a queue that fails on leftovers). */
import { hubspotPort } from '../../../../server/hubspot/port/sdk-port';
import { linkedRecords, PRIMARY_COMPANY } from '../../../../server/hubspot/read-associations';

type Call = { label: string; args: unknown[] };

/** A client whose SDK calls answer from a queue, recording what was asked. */
function scripted(answers: unknown[]) {
  const calls: Call[] = [];
  const client = {
    call: async (label: string, _kind: string, fn: (c: unknown) => Promise<unknown>) => {
      const sdk = {
        crm: {
          associations: {
            v4: {
              basicApi: { getPage: async (...args: unknown[]) => (calls.push({ label, args }), next()) },
              batchApi: { getPage: async (...args: unknown[]) => (calls.push({ label, args }), next()) },
            },
          },
        },
      };
      return fn(sdk);
    },
  };
  const next = () => {
    if (answers.length === 0) throw new Error('no scripted answer left');
    return answers.shift();
  };
  return { client: client as never, calls, leftover: () => answers.length };
}

const link = (id: number, ...typeIds: number[]) => ({ toObjectId: id, associationTypes: typeIds.map((typeId) => ({ category: 'HUBSPOT_DEFINED', typeId })) });

describe('listAssociations', () => {
  it('follows paging.next.after to the end, asking for 500 a page', async () => {
    const s = scripted([{ results: [link(1, 215)], paging: { next: { after: 'c1' } } }, { results: [link(2, 215)] }]);
    expect(await hubspotPort(s.client).listAssociations('deals', '9', 'tasks')).toEqual([{ id: '1', typeIds: [215] }, { id: '2', typeIds: [215] }]);
    expect(s.calls.map((c) => c.args)).toEqual([['deals', '9', 'tasks', undefined, 500], ['deals', '9', 'tasks', 'c1', 500]]);
    expect(s.leftover()).toBe(0);
  });

  it('stops when HubSpot hands back a cursor it gave before', async () => {
    const s = scripted([{ results: [link(1, 215)], paging: { next: { after: 'c1' } } }, { results: [link(2, 215)], paging: { next: { after: 'c1' } } }]);
    expect(await hubspotPort(s.client).listAssociations('deals', '9', 'tasks')).toHaveLength(2);
    expect(s.leftover()).toBe(0);
  });
});

describe('batchAssociations', () => {
  it('continues each paged result with {id, after} and merges type ids across pages', async () => {
    const s = scripted([
      { results: [{ _from: { id: '1' }, to: [link(10, 5)], paging: { next: { after: 'a' } } }, { _from: { id: '2' }, to: [link(20, 341)] }] },
      { results: [{ _from: { id: '1' }, to: [link(10, 341), link(11, 341)] }] },
    ]);
    const out = await hubspotPort(s.client).batchAssociations('deals', 'companies', ['1', '2', '1']);
    expect(out.get('1')).toEqual([{ id: '10', typeIds: [5, 341] }, { id: '11', typeIds: [341] }]);
    expect(out.get('2')).toEqual([{ id: '20', typeIds: [341] }]);
    expect(s.calls.map((c) => (c.args[2] as { inputs: unknown[] }).inputs)).toEqual([[{ id: '1' }, { id: '2' }], [{ id: '1', after: 'a' }]]);
  });

  it('asks for at most 100 ids per call', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => String(i + 1));
    const s = scripted([{ results: [] }, { results: [] }]);
    await hubspotPort(s.client).batchAssociations('deals', 'tasks', ids);
    expect(s.calls.map((c) => (c.args[2] as { inputs: unknown[] }).inputs.length)).toEqual([100, 50]);
  });
});

describe('linkedRecords', () => {
  it('uses the inline page when HubSpot did not page it, primary by v3 type name', async () => {
    const s = scripted([]);
    const inline = { results: [{ id: '7', type: 'deal_to_company_unlabeled' }, { id: '8', type: 'deal_to_company' }, { id: '8', type: 'deal_to_company_unlabeled' }] };
    expect(await linkedRecords(hubspotPort(s.client), 'deals', '1', 'companies', inline, PRIMARY_COMPANY)).toEqual([{ id: '7', primary: false }, { id: '8', primary: true }]);
    expect(s.calls).toEqual([]);
  });

  it('reads everything again through v4 when the inline list was paged, primary by type id 5', async () => {
    const s = scripted([{ results: [link(7, 341), link(8, 5, 341)] }]);
    const inline = { results: [{ id: '7', type: 'deal_to_company_unlabeled' }], paging: { next: { after: '1' } } };
    expect(await linkedRecords(hubspotPort(s.client), 'deals', '1', 'companies', inline, PRIMARY_COMPANY)).toEqual([{ id: '7', primary: false }, { id: '8', primary: true }]);
  });
});
