/**
 * POST/GET /api/v1/backfill through HTTP with real signatures: the settings page starts a backfill as a
 * job (202), a second start while one runs is a 409, progress and the finished run are visible, bad
 * bodies are 400s, unsigned requests 401, and a portal only ever sees its own runs.
 */
import { JOBS } from '../../../server/app-deps';
import { runBackfillJob, startBackfill } from '../../../server/services/backfill-service';
import { startHarness, type Harness } from '../harness';

let h: Harness;
let portalId: number;
let otherPortalId: number;

beforeAll(async () => {
  h = await startHarness();
  [portalId, otherPortalId] = h.sandbox.portals().map((p) => p.portalId) as [number, number];
  await h.install(portalId);
  await h.install(otherPortalId);
});
afterAll(() => h.close());

describe('backfill routes', () => {
  it('starts a backfill job, refuses a second one while it runs, and shows the finished run', async () => {
    expect((await h.card(portalId, 'GET', '/api/v1/backfill')).json).toEqual({ run: null });
    const started = await h.card(portalId, 'POST', '/api/v1/backfill', { plans: 'high', since: '2015-01-01' });
    expect(started.status).toBe(202);
    expect(started.json.run).toMatchObject({ status: 'queued', plans: 'high', dryRun: false, since: '2015-01-01T00:00:00.000Z', until: null, found: 0 });

    const again = await h.card(portalId, 'POST', '/api/v1/backfill', {});
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('backfill_running');

    await h.jobs.drain();
    const lost = h.sandbox.truth(portalId).filter((t) => t.status === 'closed_lost').length;
    const view = await h.card(portalId, 'GET', '/api/v1/backfill');
    expect(view.status).toBe(200);
    expect(view.json.run).toMatchObject({ id: started.json.run.id, status: 'completed', found: lost, analysed: lost, failed: 0, etaSeconds: 0, error: null });
    expect(view.json.run.written).toBe(lost);
    expect(view.json.run.finishedAt).toBeTruthy();
    // Plans for the high-priority deals were written by the plan jobs.
    const plans = await h.stores.plans.listPlans(String(portalId));
    expect(plans.length).toBe(view.json.run.plansCreated);
    for (const p of plans) expect((await h.stores.plans.listItems(String(portalId), p.id)).every((i) => i.status === 'written')).toBe(true);
    // Every closed-lost deal carries its analysis in HubSpot.
    for (const t of h.sandbox.truth(portalId).filter((x) => x.status === 'closed_lost')) {
      expect(h.sandbox.getObject(portalId, 'deals', t.dealId)!.properties.regain_segment).toBeTruthy();
    }

    // The other portal sees none of it; a new run can start once the first finished.
    expect((await h.card(otherPortalId, 'GET', '/api/v1/backfill')).json).toEqual({ run: null });
    const second = await h.card(portalId, 'POST', '/api/v1/backfill', { dryRun: true });
    expect(second.status).toBe(202);
    await h.jobs.drain();
    expect((await h.card(portalId, 'GET', '/api/v1/backfill')).json.run).toMatchObject({ id: second.json.run.id, status: 'completed', dryRun: true, written: 0 });
  }, 30_000);

  it('a job works for one time slice, then hands over to the next slice, which resumes from the checkpoint', async () => {
    const other = String(otherPortalId);
    const run = await startBackfill(h.deps, other, { since: null, until: null, plans: 'none', dryRun: false });
    const slice = h.jobs.sent.filter((j) => j.name === JOBS.runBackfill).pop()!;
    expect(slice.data).toMatchObject({ portalId: other, runId: run.id, slice: 0 });
    // The slice's time is up at once: it stops at a batch boundary and queues the next slice, same lease holder.
    const first = await runBackfillJob(h.deps, slice.data as never, { sliceMs: 0 });
    expect(first.status).toBe('stopped');
    const next = h.jobs.sent.filter((j) => j.name === JOBS.runBackfill).pop()!;
    expect(next.data).toMatchObject({ runId: run.id, owner: (slice.data as { owner: string }).owner, slice: 1 });
    await h.jobs.drain();
    const done = (await h.stores.backfills.get(other, run.id))!;
    const lost = h.sandbox.truth(otherPortalId).filter((t) => t.status === 'closed_lost').length;
    expect(done).toMatchObject({ status: 'completed', analysed: lost, written: lost });
  });

  it('rejects bad bodies with the issues, and unsigned requests', async () => {
    const bad = await h.card(portalId, 'POST', '/api/v1/backfill', { plans: 'some', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues.length).toBeGreaterThanOrEqual(2);
    const badDate = await h.card(portalId, 'POST', '/api/v1/backfill', { since: '2024-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.json.error.issues[0].path).toEqual(['since']);
    const reversed = await h.card(portalId, 'POST', '/api/v1/backfill', { since: '2024-05-01', until: '2024-04-01' });
    expect(reversed.status).toBe(400);
    const unsigned = await fetch(`${h.appUrl}/api/v1/backfill`);
    expect(unsigned.status).toBe(401);
  });
});
