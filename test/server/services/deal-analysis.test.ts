/** What analysing a deal writes (deal-analysis.ts): a card view is a read once the loss is known. */
import { createMemoryStores } from '../../../server/db/memory';
import { PipelineCache } from '../../../server/hubspot/pipeline-stages';
import { analyseDeal } from '../../../server/services/deal-analysis';
import { EVIDENCE_MAX_AGE_MS } from '../../../server/services/deal-evidence';
import { queuedHubSpotPort } from '../../fakes/queued-hubspot-port';

const now = new Date('2026-03-10T00:00:00Z');
const PIPELINES = [{ id: 'default', label: 'Sales', stages: [
  { id: 'lost', label: 'Closed lost', metadata: { isClosed: 'true', probability: '0.0' } },
  { id: 'won', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
] }];

const DEAL = {
  id: 'd1',
  properties: { dealname: 'Acme', amount: '45000', pipeline: 'default', dealstage: 'lost', closedate: '2026-03-01T00:00:00Z', closed_lost_reason: 'They moved to a cheaper competitor.' } as Record<string, string | null>,
  associations: { companies: { results: [{ id: 'c1', type: 'deal_to_company' }] } },
};

/** The deal read every checked view starts with. */
const dealRead = (changes: Record<string, string | null> = {}) => ({ ...DEAL, properties: { ...DEAL.properties, ...changes } });

/** The HubSpot reads of a whole gathering of deal d1 of company c1, which bought twice before. */
function gathering(first: boolean, changes: Record<string, string | null> = {}) {
  const fake = queuedHubSpotPort('p1').answer('readDeal', dealRead(changes));
  if (first) fake.answer('dealPipelines', PIPELINES);
  return fake
    // One company: its deals (and notes) inline with it.
    .answer('readCompany', { id: 'c1', properties: { name: 'Acme GmbH' }, associations: { deals: { results: [{ id: 'w1' }, { id: 'w2' }, { id: 'd1' }] } } })
    .answer('readRecords', new Map([
      ['w1', { dealstage: 'won', pipeline: 'default', amount: '40000', closedate: '2024-02-15T00:00:00Z' }],
      ['w2', { dealstage: 'won', pipeline: 'default', amount: '45000', closedate: '2025-02-15T00:00:00Z' }],
    ]));
}

describe('analyseDeal', () => {
  it('the first view stores the suggestion and tracks the lost customer; a repeated view writes nothing and reads the deal only', async () => {
    const stores = createMemoryStores();
    const deps = { stores, hubspot: { pipelines: new PipelineCache() }, now: () => now };
    const track = jest.spyOn(stores.outcomes, 'trackLoss');
    // The loss reason analysed is kept with the suggestion, in the same save.
    const texts = async () => (await stores.analyses.listTexts('p1', { confirmed: false, limit: 10 })).length;
    const save = jest.spyOn(stores.analyses, 'saveSuggested');

    const first = gathering(true);
    const a = await analyseDeal(deps, first.port, 'd1');
    first.done();
    expect(a.effective?.classification.customerStatus).toBe('lost_customer');
    expect([save.mock.calls.length, track.mock.calls.length, await texts()]).toEqual([1, 1, 1]);

    // The deal is as it was: its stored evidence is used (one HubSpot call).
    const again = queuedHubSpotPort('p1').answer('readDeal', dealRead());
    const b = await analyseDeal(deps, again.port, 'd1');
    again.done();
    expect(b.stored?.version).toBe(a.stored?.version);
    expect(b.gathered.snapshot).toEqual(a.gathered.snapshot);
    expect([save.mock.calls.length, track.mock.calls.length, await texts()]).toEqual([1, 1, 1]);

    // Where the loss is learnt (the webhook, the workflow action, a plan's start) it is tracked again (idempotent).
    const learnt = queuedHubSpotPort('p1').answer('readDeal', dealRead());
    await analyseDeal(deps, learnt.port, 'd1', { learnt: true });
    learnt.done();
    expect(track.mock.calls.length).toBe(2);
    expect(save.mock.calls.length).toBe(1);
  });

  it('gathers again when the deal changed, or the stored evidence is older than the max age; not for Regain\'s own writes', async () => {
    const stores = createMemoryStores();
    let at = now;
    const deps = { stores, hubspot: { pipelines: new PipelineCache() }, now: () => at };
    const first = gathering(true);
    await analyseDeal(deps, first.port, 'd1');
    first.done();

    // Regain's own properties (the segment, the plan status) are not evidence: still one call.
    const ours = queuedHubSpotPort('p1').answer('readDeal', dealRead({ regain_segment: 'bought_away', regain_plan_status: 'active' }));
    await analyseDeal(deps, ours.port, 'd1');
    ours.done();

    // The rep rewrote the loss reason: gathered again, and the new reason is analysed.
    const edited = gathering(false, { closed_lost_reason: 'We shipped the wrong parts three times.' });
    const c = await analyseDeal(deps, edited.port, 'd1');
    edited.done();
    expect(c.gathered.snapshot.deal.closedLostReason).toBe('We shipped the wrong parts three times.');

    // What a deal read cannot see (a note edited in place, the company's new deal) is read again after the max age.
    at = new Date(now.getTime() + EVIDENCE_MAX_AGE_MS + 1);
    const old = gathering(false, { closed_lost_reason: 'We shipped the wrong parts three times.' });
    await analyseDeal(deps, old.port, 'd1');
    old.done();
  });

  it("`evidence: 'stored'` (a plan started right after a view) makes no HubSpot call while the evidence is fresh", async () => {
    const stores = createMemoryStores();
    const deps = { stores, hubspot: { pipelines: new PipelineCache() }, now: () => now };
    const first = gathering(true);
    const a = await analyseDeal(deps, first.port, 'd1');
    first.done();
    const none = queuedHubSpotPort('p1');
    const b = await analyseDeal(deps, none.port, 'd1', { evidence: 'stored' });
    expect(none.calls).toEqual([]);
    expect(b.effective).toEqual(a.effective);
  });
});
