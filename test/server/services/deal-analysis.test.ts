/** What analysing a deal writes (deal-analysis.ts): a card view is a read once the loss is known. */
import { createMemoryStores } from '../../../server/db/memory';
import { PipelineCache } from '../../../server/hubspot/pipeline-stages';
import { analyseDeal } from '../../../server/services/deal-analysis';
import { queuedHubSpotPort } from '../../fakes/queued-hubspot-port';

const now = new Date('2026-03-10T00:00:00Z');
const PIPELINES = [{ id: 'default', label: 'Sales', stages: [
  { id: 'lost', label: 'Closed lost', metadata: { isClosed: 'true', probability: '0.0' } },
  { id: 'won', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
] }];

/** The HubSpot reads of one view of deal d1 of company c1, which bought twice before. */
function oneView(first: boolean) {
  const fake = queuedHubSpotPort('p1').answer('readDeal', {
    id: 'd1',
    properties: { dealname: 'Acme', amount: '45000', pipeline: 'default', dealstage: 'lost', closedate: '2026-03-01T00:00:00Z', closed_lost_reason: 'They moved to a cheaper competitor.' },
    associations: { companies: { results: [{ id: 'c1', type: 'deal_to_company' }] } },
  });
  if (first) fake.answer('dealPipelines', PIPELINES);
  return fake
    .answer('readRecords', new Map([['c1', { name: 'Acme GmbH' }]]))
    .answer('batchAssociations', new Map([['c1', [{ id: 'w1', typeIds: [6] }, { id: 'w2', typeIds: [6] }, { id: 'd1', typeIds: [6] }]]]))
    .answer('batchAssociations', new Map())
    .answer('readRecords', new Map([
      ['w1', { dealstage: 'won', pipeline: 'default', amount: '40000', closedate: '2024-02-15T00:00:00Z' }],
      ['w2', { dealstage: 'won', pipeline: 'default', amount: '45000', closedate: '2025-02-15T00:00:00Z' }],
    ]));
}

describe('analyseDeal', () => {
  it('the first view stores the suggestion and tracks the lost customer; a repeated view writes nothing', async () => {
    const stores = createMemoryStores();
    const deps = { stores, hubspot: { pipelines: new PipelineCache() }, now: () => now };
    const track = jest.spyOn(stores.outcomes, 'trackLoss');
    const texts = jest.spyOn(stores.analyses, 'recordTexts');
    const save = jest.spyOn(stores.analyses, 'saveSuggested');

    const first = oneView(true);
    const a = await analyseDeal(deps, first.port, 'd1');
    first.done();
    expect(a.effective?.classification.customerStatus).toBe('lost_customer');
    expect([save.mock.calls.length, track.mock.calls.length, texts.mock.calls.length]).toEqual([1, 1, 1]);

    const again = oneView(false);
    const b = await analyseDeal(deps, again.port, 'd1');
    again.done();
    expect(b.stored?.version).toBe(a.stored?.version);
    expect([save.mock.calls.length, track.mock.calls.length, texts.mock.calls.length]).toEqual([1, 1, 1]);

    // Where the loss is learnt (the webhook, the workflow action, a plan's start) it is tracked again (idempotent).
    const learnt = oneView(false);
    await analyseDeal(deps, learnt.port, 'd1', { learnt: true });
    learnt.done();
    expect(track.mock.calls.length).toBe(2);
    expect(save.mock.calls.length).toBe(1);
  });
});
