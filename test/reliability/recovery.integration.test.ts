/**
 * Issue 15, "Recovery": after a SIGKILL, how long until the work the dead process held is done? pg-boss 10
 * retries a job whose process died only once the job has expired, so this is bounded by the job types'
 * expiries and pg-boss's maintenance interval (server/jobs/job-timing.ts). Unlike the crash suite, the
 * instance runs with the PRODUCT's timings (no REGAIN_TEST_JOB_EXPIRE_SECONDS / MAINTENANCE override).
 *
 * One instance; HubSpot answers slowly, so plan writes (`plan.write`) are mid-way when the process is
 * SIGKILLed; it is restarted at once. Every pending task must be in HubSpot, exactly once, within 2
 * minutes of the kill (a real-time upper bound; with the old 15-minute expiry this waited 15-18 minutes).
 *
 * PostgreSQL only (TEST_DATABASE_URL). RELIABILITY_LOG=1 prints the run's progress and summary.
 */
import { describeWithPostgres } from '../server/db/helpers/temp-postgres';
import { runScenario } from './support/cluster';
import { runOnThrowawayDatabase } from './support/postgres-scenario';

const DEALS = 20;
const BOUND_SECONDS = 120;

describeWithPostgres('recovery after a SIGKILL with the product job timings (PostgreSQL)', () => {
  const run = runOnThrowawayDatabase(
    'recovery',
    (target) =>
      runScenario({
        ...target,
        instances: 1,
        deals: DEALS,
        seed: 1515,
        webhooks: { duplicateRate: 0.2, shuffle: true, maxBatchSize: 10, batchDelayMs: 25 },
        // Slow HubSpot: a plan write (five or so calls) takes seconds, so the kill lands inside one.
        faults: { latencyMs: 400, latencyJitterMs: 300 },
        crashes: { kills: 1, minGapMs: 300, maxGapMs: 400, downMs: 200, whenActive: 'plan.write' },
        timeoutMs: 170_000,
      }),
    200_000,
  );

  it('killed the instance while plan writes were running', () => {
    const result = run();
    expect(result.kills).toBe(1);
    expect(result.recovery.activeJobsKilled).toBeGreaterThan(0);
  });

  it(`wrote every pending task within ${BOUND_SECONDS} s of the kill, exactly once`, () => {
    const result = run();
    if (!result.settled) process.stderr.write(`${JSON.stringify({ ...result, stderrTail: result.stderrTail.slice(-3000) }, null, 2)}\n`);
    expect(result.settled).toBe(true);
    expect(result.recovery.secondsAfterLastKill).not.toBeNull();
    expect(result.recovery.secondsAfterLastKill!).toBeLessThanOrEqual(BOUND_SECONDS);
    expect(result.missingTasks).toBe(0);
    expect(result.duplicateTasks).toBe(0);
    expect(result.tasksInHubSpot).toBe(result.tasksExpected);
    expect(result.dealsWithMoreThanOnePlan).toBe(0);
    expect(result.permanentFailures.jobs).toBe(0);
  });
});
