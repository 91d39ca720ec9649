import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import { ManualClock, startSandbox, type Sandbox } from '../../sandbox';
import { ALL_SCOPES, apiError, clientFor } from './helpers';

jest.setTimeout(60_000);

let sandbox: Sandbox;
let seconds = 0;
beforeAll(async () => {
  const started = performance.now();
  sandbox = await startSandbox({ clock: new ManualClock(), seed: { closedLostDeals: 100_000, seed: 42 }, rateLimit: { max: 1_000_000, searchPerSecond: 1_000_000 } });
  seconds = (performance.now() - started) / 1000;
});
afterAll(() => sandbox.close());

describe('a 100,000-deal portal', () => {
  it('seeds within seconds', () => {
    const portal = sandbox.portals()[0]!;
    expect(sandbox.truth(portal.portalId).filter((t) => t.status === 'closed_lost')).toHaveLength(100_000);
    expect(portal.counts.deals).toBeGreaterThan(100_000);
    expect(seconds).toBeLessThan(30);
  });

  it('searches fast, pages from a cached sort, and refuses to page past 10,000', async () => {
    const portalId = sandbox.portals()[0]!.portalId;
    const client = clientFor(sandbox, sandbox.installApp(portalId, { scopes: ALL_SCOPES }).accessToken);
    const lostStages = (await client.crm.pipelines.pipelinesApi.getAll('deals')).results
      .flatMap((p) => p.stages).filter((s) => s.metadata?.isClosed === 'true' && Number(s.metadata?.probability) === 0).map((s) => s.id);
    const request = (after?: string) => client.crm.deals.searchApi.doSearch({
      filterGroups: [{ filters: [{ propertyName: 'dealstage', operator: FilterOperatorEnum.In, values: lostStages }] }],
      sorts: ['-closedate'], properties: ['dealname', 'closedate', 'closed_lost_reason'], limit: 200, ...(after ? { after } : {}),
    });
    const t0 = performance.now();
    const first = await request();
    const firstMs = performance.now() - t0;
    expect(first.total).toBe(100_000);
    expect(first.results).toHaveLength(200);
    const dates = first.results.map((r) => Date.parse(r.properties.closedate!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));

    const t1 = performance.now();
    let after = first.paging?.next?.after;
    for (let page = 0; page < 20 && after; page++) after = (await request(after)).paging?.next?.after;
    const pagingMs = (performance.now() - t1) / 20;
    expect(firstMs).toBeLessThan(3000);
    expect(pagingMs).toBeLessThan(100);

    const last = await request('9800');
    expect(last.paging?.next?.after).toBe('10000');
    const capped = await apiError(request('10000'));
    expect(capped.code).toBe(400);
  });
});
