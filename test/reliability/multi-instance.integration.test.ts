/**
 * Issue 7, item 3: three backend processes on one PostgreSQL receive the same webhook deliveries
 * (each delivery fanned out to all three by a relay standing in for the load balancer; the sandbox
 * also duplicates a third of the deliveries and shuffles events). Each deal is analysed once, each plan
 * is created once, and every plan item's task exists in HubSpot exactly once.
 *
 * PostgreSQL only (TEST_DATABASE_URL). The instances are child processes running the real composition
 * root in production mode (test/reliability/support/regain-instance.ts).
 */
import { describeWithPostgres } from '../server/db/helpers/temp-postgres';
import { runScenario } from './support/cluster';
import { expectEveryTaskOnce, runOnThrowawayDatabase } from './support/postgres-scenario';

const DEALS = 60;

describeWithPostgres('three instances, the same deliveries (PostgreSQL)', () => {
  const run = runOnThrowawayDatabase(
    'multi-instance',
    (target) =>
      runScenario({
        ...target,
        instances: 3,
        deals: DEALS,
        seed: 7003,
        webhooks: { duplicateRate: 0.35, shuffle: true, maxBatchSize: 10, batchDelayMs: 25 },
        wave: { size: 10, gapMs: 300 },
        timeoutMs: 75_000,
      }),
    100_000,
  );

  it('fanned every delivery out to all three instances, duplicated and out of order', () => {
    const result = run();
    expect(result.webhook.duplicatesSent).toBeGreaterThan(0);
    expect(result.webhook.relayRequests).toBe(result.webhook.deliveries);
    // Every delivery was acknowledged by all three instances (none was down).
    expect(result.webhook.acknowledgedBy).toEqual({ 3: result.webhook.relayRequests });
  });

  it('analysed each deal once and created one plan per deal', () => {
    const result = run();
    if (!result.settled) process.stderr.write(`${JSON.stringify(result, null, 2)}\n`);
    expect(result.settled).toBe(true);
    expect(result.analysed).toBe(DEALS);
    expect(result.analysisRunsMax).toBe(1);
    expect(result.dealsAnalysedMoreThanOnce).toBe(0);
    expect(result.dealsWithMoreThanOnePlan).toBe(0);
    expect(result.plans + result.reviewTasks).toBe(DEALS);
    expect(result.plans).toBeGreaterThan(DEALS / 2);
  });

  it('wrote every plan item to HubSpot exactly once', () => {
    expectEveryTaskOnce(run(), DEALS);
    expect(run().permanentFailures.jobs).toBe(0);
  });
});
