/** The daily reacquisition sweep on the queued HubSpot fake: a later closed-won deal of the company wins the customer back. */
import { createMemoryStores } from '../../../server/db/memory';
import { PipelineCache } from '../../../server/hubspot/pipeline-stages';
import { sweepReacquisitions } from '../../../server/services/reacquisition';
import { queuedHubSpotPort } from '../../fakes/queued-hubspot-port';

const now = new Date('2026-06-01T00:00:00Z');
const PIPELINES = [{ id: 'default', label: 'Sales', stages: [
  { id: 'lost', label: 'Closed lost', metadata: { isClosed: 'true', probability: '0.0' } },
  { id: 'won', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
] }];

describe('sweepReacquisitions', () => {
  it('counts a closed-won deal closed after the loss, not one closed before it, nor the lost deal itself', async () => {
    const stores = createMemoryStores();
    await stores.outcomes.trackLosses('p1', [
      { dealId: 'd1', companyId: 'c1', lostAt: new Date('2026-03-01T00:00:00Z') },
      { dealId: 'd2', companyId: 'c2', lostAt: new Date('2026-03-01T00:00:00Z') },
      { dealId: 'd3', companyId: null, lostAt: null },
    ], now);
    const sent: string[] = [];
    const deps = { stores, jobs: { send: async (name: string) => (sent.push(name), 'job') }, hubspot: { pipelines: new PipelineCache() }, now: () => now };
    const fake = queuedHubSpotPort('p1')
      .answer('dealPipelines', PIPELINES)
      .answer('batchAssociations', new Map([['c1', [{ id: 'd1', typeIds: [6] }, { id: 'w1', typeIds: [6] }]], ['c2', [{ id: 'd2', typeIds: [6] }, { id: 'w0', typeIds: [6] }]]]), ['companies', 'deals', ['c1', 'c2']])
      .answer('readRecords', new Map([
        ['d1', { dealstage: 'lost', pipeline: 'default', closedate: '2026-03-01T00:00:00Z' }],
        ['w1', { dealstage: 'won', pipeline: 'default', closedate: '2026-05-01T00:00:00Z' }],
        ['d2', { dealstage: 'lost', pipeline: 'default', closedate: '2026-03-01T00:00:00Z' }],
        ['w0', { dealstage: 'won', pipeline: 'default', closedate: '2025-12-01T00:00:00Z' }],
      ]));
    const result = await sweepReacquisitions(deps as never, fake.port);
    fake.done();
    expect(result).toEqual({ checked: 3, reacquired: ['d1'] });
    expect((await stores.outcomes.list('p1')).find((o) => o.dealId === 'd1')).toMatchObject({ detectedBy: 'sweep', wonDealId: 'w1' });
    expect(sent).toEqual([]);
  });
});
