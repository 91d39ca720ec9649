/**
 * Outcome tracking through HTTP against the sandbox: a lost customer whose company gets a new closed-won
 * deal is reacquired, detected from the deal webhook and, when no webhook came, by the daily sweep; the
 * plan ends, its open future reminders are archived, and the dashboard's outcomes count it.
 */
import { JOBS } from '../../server/app-deps';
import { startHarness, type Harness } from './harness';

let h: Harness;
let portalId: number;
const pid = () => String(portalId);

beforeAll(async () => {
  h = await startHarness();
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
});
afterAll(() => h.close());

/** Lost customers of distinct companies, each company with no other lost deal. */
function lostCustomers() {
  const truth = h.sandbox.truth(portalId);
  const perCompany = new Map<string, number>();
  for (const t of truth) perCompany.set(t.companyId, (perCompany.get(t.companyId) ?? 0) + 1);
  return truth.filter((t) => t.status === 'closed_lost' && t.customerStatus === 'lost_customer' && perCompany.get(t.companyId) === 1 && t.segment !== 'intentionally_pushed_away');
}

async function planFor(dealId: string) {
  const res = await h.card(portalId, 'POST', `/api/v1/deals/${dealId}/plan`, {});
  expect(res.status).toBe(201);
  await h.jobs.drain();
  return (await h.stores.plans.getCurrentPlan(pid(), dealId))!;
}

/** A new deal of the company, created by an integration (no webhook for our own writes). */
async function newDealOf(companyId: string, stage: string): Promise<string> {
  const created = await h.deps.hubspot.clientFor(pid()).call('deals.create', 'standard', (c) =>
    c.crm.deals.basicApi.create({
      properties: { dealname: 'Win-back renewal', pipeline: 'default', dealstage: stage, amount: '12000', closedate: new Date(h.sandbox.clock.now()).toISOString() },
      associations: [{ to: { id: companyId }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: 5 }] }],
    }),
  );
  return created.id;
}

const openFutureTasks = (dealId: string) =>
  h.sandbox
    .listObjects(portalId, 'tasks')
    .filter((t) => (t.associations.deals ?? []).some((a) => a.id === dealId) && t.properties.hs_task_status !== 'COMPLETED' && Date.parse(String(t.properties.hs_timestamp)) > h.sandbox.clock.now());

describe('reacquisition detection', () => {
  it('a new closed-won deal of the company (webhook) ends the plan and archives its future reminders', async () => {
    const lost = lostCustomers()[0]!;
    const plan = await planFor(lost.dealId);
    expect(plan.status).toBe('active');
    expect(openFutureTasks(lost.dealId).length).toBeGreaterThan(0);

    const wonDealId = await newDealOf(lost.companyId, 'contractsent');
    h.sandbox.moveDealToStage(portalId, wonDealId, 'closedwon', { pipelineId: 'default' });
    await h.sandbox.webhooks.idle();
    await h.jobs.drain();

    expect((await h.stores.plans.getPlan(pid(), plan.id))!.status).toBe('reacquired');
    const outcome = (await h.stores.outcomes.list(pid())).find((o) => o.dealId === lost.dealId);
    expect(outcome).toMatchObject({ detectedBy: 'webhook', wonDealId, companyId: lost.companyId });
    expect(openFutureTasks(lost.dealId)).toEqual([]);
    expect(h.sandbox.getObject(portalId, 'deals', lost.dealId)!.properties.regain_plan_status).toBe('reacquired');

    // The same event again (HubSpot delivers at least once) changes nothing.
    h.sandbox.moveDealToStage(portalId, wonDealId, 'contractsent', { pipelineId: 'default' });
    h.sandbox.moveDealToStage(portalId, wonDealId, 'closedwon', { pipelineId: 'default' });
    await h.sandbox.webhooks.idle();
    await h.jobs.drain();
    expect((await h.stores.outcomes.list(pid())).filter((o) => o.reacquiredAt)).toHaveLength(1);
  }, 30_000);

  it('the daily sweep finds a reacquisition no webhook reported', async () => {
    const lost = lostCustomers()[1]!;
    const plan = await planFor(lost.dealId);
    const wonDealId = await newDealOf(lost.companyId, 'closedwon'); // created by an integration: no stage-change webhook
    await h.sandbox.webhooks.idle();
    await h.jobs.drain();
    expect((await h.stores.plans.getPlan(pid(), plan.id))!.status).toBe('active');

    await h.jobs.send(JOBS.sweepOutcomes, { repeat: false });
    await h.jobs.drain();
    expect((await h.stores.plans.getPlan(pid(), plan.id))!.status).toBe('reacquired');
    expect((await h.stores.outcomes.list(pid())).find((o) => o.dealId === lost.dealId)).toMatchObject({ detectedBy: 'sweep', wonDealId });
    expect(openFutureTasks(lost.dealId)).toEqual([]);
  }, 30_000);

  it('counts outcomes in the dashboard summary: ratio by attribution, days to reacquire, plans, months', async () => {
    const used = new Set(lostCustomers().slice(0, 2).map((t) => t.companyId));
    const others = h.sandbox.truth(portalId).filter((t) => t.status === 'closed_lost' && t.customerStatus === 'lost_customer' && t.segment !== 'intentionally_pushed_away' && !used.has(t.companyId));
    const stopped = others[0]!;
    await planFor(stopped.dealId);
    expect((await h.card(portalId, 'POST', `/api/v1/deals/${stopped.dealId}/plan/stop`, {})).status).toBe(200);
    const rep = others.find((t) => t.companyId !== stopped.companyId)!;
    await planFor(rep.dealId);
    expect((await h.card(portalId, 'POST', `/api/v1/deals/${rep.dealId}/plan/reacquired`, {})).status).toBe(200);
    await h.jobs.drain();

    const res = await h.card(portalId, 'GET', '/api/v1/reports/summary');
    expect(res.status).toBe(200);
    const o = res.json.outcomes;
    expect(o.plans).toMatchObject({ reacquired: 3, stopped: 1 });
    expect(o.plans.pursued).toBe(o.plans.active + o.plans.paused + o.plans.reacquired + o.plans.stopped);
    expect(o.daysToReacquire.count).toBe(3);
    expect(o.daysToReacquire.median).toBeGreaterThan(0);
    const byAttribution = o.reacquisitionRatioByAttribution as Array<{ pursued: number; reacquired: number; ratio: number }>;
    expect(byAttribution.reduce((s, r) => s + r.reacquired, 0)).toBe(3);
    expect(byAttribution.every((r) => r.ratio === Math.round((r.reacquired / r.pursued) * 1000) / 1000)).toBe(true);
    const months = o.byMonth as Array<{ month: string; lost: number; pursued: number; reacquired: number }>;
    expect(months.map((m) => m.month)).toEqual([...months.map((m) => m.month)].sort());
    expect(months.reduce((s, m) => s + m.reacquired, 0)).toBe(3);
    expect(months.reduce((s, m) => s + m.pursued, 0)).toBe(o.plans.pursued);
    expect((await h.stores.outcomes.list(pid())).find((x) => x.dealId === rep.dealId)).toMatchObject({ detectedBy: 'rep' });
  }, 30_000);
});
