/**
 * Issue 7, item 1 (webhook-driven), the CI-sized run of test/reliability/fault-run.ts: 150 closed-lost
 * deals while the sandbox injects 20% 5xx, latency (scaled to at most 500 ms here; the script runs the
 * full 2 s), 429 storms, dropped connections and 207 partial failures, with duplicated and shuffled
 * webhook deliveries. Two deals are deleted right after they are lost: their analyses fail for good,
 * and those permanent failures must be in the audit log and the metrics. Everything else ends exactly
 * once. The backfill-driven half runs at the same time: 100 more deals seeded closed lost, and the real
 * `regain backfill --portal P --plans all` CLI (a child process) analyses the portal and writes its plans,
 * overlapping the webhook-driven deals (whichever path creates a deal's plan first writes it).
 * PostgreSQL only (TEST_DATABASE_URL). RELIABILITY_LOG=1 prints progress and the summary.
 */
import { describeWithPostgres } from '../server/db/helpers/temp-postgres';
import { runFaultRun } from './fault-run';
import { expectEveryTaskOnce, runOnThrowawayDatabase } from './support/postgres-scenario';

const DEALS = 150;
const BACKFILL_DEALS = 100;

describeWithPostgres('webhook-driven run under HubSpot faults (PostgreSQL)', () => {
  const run = runOnThrowawayDatabase(
    'faults',
    (target) =>
      runFaultRun({
        ...target,
        deals: DEALS,
        seed: 2027,
        latencyScale: 0.25,
        storms: { everyMs: 20_000, durationMs: 1500 },
        backfillDeals: BACKFILL_DEALS,
        timeoutMs: 85_000,
      }),
    110_000,
  );

  it('injected every kind of fault', () => {
    const result = run();
    expect(result.sandbox.faults.error).toBeGreaterThan(100);
    expect(result.sandbox.faults.drop).toBeGreaterThan(20);
    expect(result.sandbox.faults.partial).toBeGreaterThan(20);
    expect(result.sandbox.faults.storm).toBeGreaterThan(0);
    expect(result.webhook.duplicatesSent).toBeGreaterThan(0);
  });

  it('analysed every deal that still exists, one plan per deal', () => {
    const result = run();
    if (!result.ok) process.stderr.write(`${JSON.stringify({ ...result, stderrTail: undefined }, null, 2)}\n${result.stderrTail}\n`);
    expect(result.settled).toBe(true);
    expect(result.analysed).toBe(DEALS - result.deletedDeals);
    expect(result.dealsWithMoreThanOnePlan).toBe(0);
    expect(result.plans + result.reviewTasks).toBe(DEALS - result.deletedDeals);
  });

  it('wrote every plan item exactly once: none missing, no duplicates', () => {
    expectEveryTaskOnce(run(), DEALS);
  });

  it('ran the backfill to completion under the same faults, every closed-lost deal analysed', () => {
    const result = run();
    expect(result.backfill).not.toBeNull();
    expect(result.backfill!.exitCodes.at(-1)).toBe(0);
    expect(result.backfill!.deals).toBe(BACKFILL_DEALS);
    expect(result.backfill!.analysed).toBe(BACKFILL_DEALS);
    expect(result.backfill!.plans).toBeGreaterThan(BACKFILL_DEALS / 2);
  });

  it('shows every permanent failure in the audit log and the metrics', () => {
    const result = run();
    expect(result.deletedDeals).toBe(2);
    expect(result.permanentFailures.byJob['deal.stage_changed']).toBeGreaterThanOrEqual(result.deletedDeals);
    expect(result.permanentFailures.auditEntries).toBe(result.permanentFailures.jobs);
    expect(result.permanentFailures.metric).toBe(result.permanentFailures.jobs);
    expect(result.checks).toEqual(Object.fromEntries(Object.keys(result.checks).map((k) => [k, true])));
  });
});
