/**
 * The composition root as `npm start` runs it in sandbox mode: PGlite, pg-boss, the sandbox, the real
 * app. A deal lost in the sandbox goes through a signed webhook and a durable job to a review task.
 */
import pino from 'pino';
import { startRegain, type RunningRegain } from '../../server/main';

let regain: RunningRegain;

beforeAll(async () => {
  regain = await startRegain({ PORT: '0', LOG_LEVEL: 'silent' }, { logger: pino({ level: 'silent' }), pollingIntervalSeconds: 0.5 });
}, 60_000);
afterAll(() => regain?.close(), 60_000);

it('serves health, readiness and metrics', async () => {
  expect((await fetch(`${regain.url}/healthz`)).status).toBe(200);
  const ready = await fetch(`${regain.url}/readyz`);
  expect(ready.status).toBe(200);
  const metrics = await (await fetch(`${regain.url}/metrics`)).text();
  expect(metrics).toContain('regain_http_requests_total');
  expect(metrics).toContain('regain_job_runs_total');
  expect(metrics).toMatch(/regain_queue_depth\{job="plan.write"\} \d+/);
});

it('counts an unsigned webhook delivery as refused, and times requests by route', async () => {
  const res = await fetch(`${regain.url}/webhooks/hubspot`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' });
  expect(res.status).toBe(401);
  await fetch(`${regain.url}/healthz`);
  const metrics = await (await fetch(`${regain.url}/metrics`)).text();
  expect(metrics).toMatch(/regain_webhook_events_rejected_total\{reason="bad_signature"\} 1/);
  expect(metrics).toMatch(/regain_http_request_duration_seconds_count\{route="\/healthz"\} [1-9]/);
});

it('runs the webhook → job → HubSpot loop on the durable queue', async () => {
  const sandbox = regain.sandbox!;
  const portalId = sandbox.portals()[0]!.portalId;
  await regain.installSandboxPortal(portalId);
  const deal = sandbox.truth(portalId).find((t) => t.status === 'open')!;
  sandbox.loseDeal(portalId, deal.dealId);
  await sandbox.webhooks.idle();
  const deadline = Date.now() + 30_000;
  let review;
  let metrics = '';
  // Until the review job has completed: it writes the task, then the deal's properties.
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    review = sandbox
      .listObjects(portalId, 'tasks')
      .find((t) => (t.associations.deals ?? []).some((a) => a.id === deal.dealId) && t.properties.hs_task_subject === 'Review the defection analysis');
    metrics = await (await fetch(`${regain.url}/metrics`)).text();
    if (review && /regain_job_runs_total\{job="deal.review_task",outcome="completed"\} 1/.test(metrics)) break;
  }
  expect(review).toBeDefined();
  expect(sandbox.getObject(portalId, 'deals', deal.dealId)!.properties.regain_analysis_status).toBe('suggested');
  expect(metrics).toMatch(/regain_job_runs_total\{job="deal.review_task",outcome="completed"\} 1/);
  expect(metrics).toMatch(/regain_hubspot_calls_total\{call="tasks.batchCreate",status="200"\}/);
}, 60_000);
