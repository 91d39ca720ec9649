import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import { ManualClock, startSandbox, type Sandbox, type SeedSpec } from '../../sandbox';
import { ALL_SCOPES, clientFor } from './helpers';

const SEGMENTS = ['bought_away', 'pulled_away', 'unintentionally_pushed_away', 'moved_away', 'intentionally_pushed_away', 'undetermined'];
const opened: Sandbox[] = [];
afterAll(async () => { await Promise.all(opened.map((s) => s.close())); });

async function start(seed: SeedSpec): Promise<Sandbox> {
  const sandbox = await startSandbox({ clock: new ManualClock(), seed, rateLimit: { max: 100_000, searchPerSecond: 100_000 } });
  opened.push(sandbox);
  return sandbox;
}

describe('seed data', () => {
  it('is deterministic: same seed, same data; another seed, other data', async () => {
    const [a, b, c] = [await start({ closedLostDeals: 60, seed: 11 }), await start({ closedLostDeals: 60, seed: 11 }), await start({ closedLostDeals: 60, seed: 12 })];
    const dump = (s: Sandbox) => {
      const id = s.portals()[0]!.portalId;
      return { truth: s.truth(id), deals: s.listObjects(id, 'deals'), notes: s.listObjects(id, 'notes'), tickets: s.listObjects(id, 'tickets') };
    };
    expect(dump(a)).toEqual(dump(b));
    expect(dump(a).deals.map((d) => d.properties.closed_lost_reason)).not.toEqual(dump(c).deals.map((d) => d.properties.closed_lost_reason));
  });

  it('builds the demo: two portals, every segment, lost prospects, open deals, relabelled stages', async () => {
    const sandbox = await start('demo');
    const [demo, relabelled] = sandbox.portals();
    expect(relabelled).toBeDefined();
    const truth = sandbox.truth(demo!.portalId);
    const lost = truth.filter((t) => t.status === 'closed_lost');
    expect(lost.length).toBeGreaterThanOrEqual(20);
    expect(lost.length).toBeLessThanOrEqual(40);
    expect(new Set(lost.map((t) => t.segment))).toEqual(new Set(SEGMENTS));
    expect(lost.some((t) => t.customerStatus === 'lost_prospect')).toBe(true);
    const open = truth.filter((t) => t.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(3);
    expect(open.every((t) => t.segment !== 'undetermined')).toBe(true);
    expect(new Set(open.map((t) => t.segment)).size).toBe(open.length);
    expect(new Set(truth.map((t) => t.companyId)).size).toBeLessThan(25);
    expect(sandbox.truth(relabelled!.portalId).length).toBeGreaterThan(0);
  });

  it('never stores the ground truth as a HubSpot property', async () => {
    const sandbox = await start({ closedLostDeals: 200, seed: 3 });
    const portalId = sandbox.portals()[0]!.portalId;
    const client = clientFor(sandbox, sandbox.installApp(portalId, { scopes: ALL_SCOPES }).accessToken);
    const props = (await client.crm.properties.coreApi.getAll('deals')).results.map((p) => p.name);
    expect(props.filter((p) => /segment|truth|defect/.test(p))).toEqual([]);
    const values = sandbox.listObjects(portalId, 'deals').flatMap((d) => Object.values(d.properties));
    expect(values.filter((v) => v !== null && SEGMENTS.includes(v))).toEqual([]);
  });

  it('writes reasons the way reps do: many phrasings per segment, five languages, all styles', async () => {
    const sandbox = await start({ closedLostDeals: 1500, seed: 5 });
    const portalId = sandbox.portals()[0]!.portalId;
    const deals = new Map(sandbox.listObjects(portalId, 'deals').map((d) => [d.id, d]));
    const truth = sandbox.truth(portalId).filter((t) => t.status === 'closed_lost');
    for (const segment of SEGMENTS) {
      const reasons = new Set(truth.filter((t) => t.segment === segment).map((t) => deals.get(t.dealId)?.properties.closed_lost_reason).filter(Boolean));
      expect(reasons.size).toBeGreaterThanOrEqual(10);
    }
    expect(new Set(truth.map((t) => t.language))).toEqual(new Set(['en', 'de', 'fr', 'es', 'pt']));
    expect(new Set(truth.map((t) => t.style))).toEqual(new Set(['picklist', 'short', 'long', 'empty']));
    const withoutReason = truth.filter((t) => t.style === 'empty');
    expect(withoutReason.every((t) => deals.get(t.dealId)?.properties.closed_lost_reason === undefined)).toBe(true);
  });

  it('gives lost customers a first lifetime and lost prospects none, readable through the API', async () => {
    const sandbox = await start({ closedLostDeals: 80, seed: 8 });
    const portalId = sandbox.portals()[0]!.portalId;
    const client = clientFor(sandbox, sandbox.installApp(portalId, { scopes: ALL_SCOPES }).accessToken);
    const stages = new Map((await client.crm.pipelines.pipelinesApi.getAll('deals')).results.flatMap((p) => p.stages).map((s) => [s.id, s.metadata]));
    const isWon = (stage: string | null | undefined) => stages.get(stage ?? '')?.isClosed === 'true' && Number(stages.get(stage ?? '')?.probability) === 1;
    for (const t of sandbox.truth(portalId).filter((x) => x.status === 'closed_lost').slice(0, 25)) {
      const lostDeal = await client.crm.deals.basicApi.getById(t.dealId, ['closedate']);
      const assoc = await client.crm.associations.v4.basicApi.getPage('companies', t.companyId, 'deals');
      const siblings = await client.crm.deals.batchApi.read({ inputs: assoc.results.map((r) => ({ id: String(r.toObjectId) })), properties: ['dealstage', 'closedate', 'amount'], propertiesWithHistory: [] });
      const won = siblings.results.filter((d) => isWon(d.properties.dealstage));
      if (t.customerStatus === 'lost_prospect') expect(won).toEqual([]);
      else {
        expect(won.length).toBeGreaterThanOrEqual(1);
        for (const w of won) expect(Date.parse(w.properties.closedate!)).toBeLessThan(Date.parse(lostDeal.properties.closedate!));
      }
    }
  });

  it('plants recent high-priority tickets around service failures', async () => {
    const sandbox = await start({ closedLostDeals: 300, seed: 9 });
    const portalId = sandbox.portals()[0]!.portalId;
    const tickets = new Map(sandbox.listObjects(portalId, 'tickets').map((t) => [t.id, t]));
    const failures = sandbox.truth(portalId).filter((t) => t.serviceFailureTickets > 0);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((t) => t.segment === 'unintentionally_pushed_away')).toBe(true);
    for (const t of failures) {
      const deal = sandbox.getObject(portalId, 'deals', t.dealId)!;
      const linked = (deal.associations.tickets ?? []).map((a) => tickets.get(a.id)!);
      expect(linked).toHaveLength(t.serviceFailureTickets);
      for (const ticket of linked) {
        expect(['HIGH', 'URGENT']).toContain(ticket.properties.hs_ticket_priority);
        const daysBefore = (Date.parse(deal.properties.closedate!) - Date.parse(ticket.properties.createdate!)) / 86_400_000;
        expect(daysBefore).toBeGreaterThan(0);
        expect(daysBefore).toBeLessThanOrEqual(121);
      }
    }
  });

  it('keeps open demo deals movable to closed lost via the pipelines\' metadata', async () => {
    const sandbox = await start('demo');
    const portalId = sandbox.portals()[0]!.portalId;
    const client = clientFor(sandbox, sandbox.installApp(portalId, { scopes: ALL_SCOPES }).accessToken);
    const open = sandbox.truth(portalId).find((t) => t.status === 'open')!;
    const moved = sandbox.loseDeal(portalId, open.dealId, { closedLostReason: 'see notes' });
    const pipeline = (await client.crm.pipelines.pipelinesApi.getAll('deals')).results.find((p) => p.id === moved.properties.pipeline)!;
    expect(pipeline.stages.find((s) => s.id === moved.properties.dealstage)?.metadata).toMatchObject({ isClosed: 'true', probability: '0.0' });
    const search = await client.crm.deals.searchApi.doSearch({ filterGroups: [{ filters: [{ propertyName: 'hs_object_id', operator: FilterOperatorEnum.Eq, value: open.dealId }] }], sorts: [], properties: ['closed_lost_reason'], limit: 1 });
    expect(search.results[0]?.properties.closed_lost_reason).toBe('see notes');
  });
});
