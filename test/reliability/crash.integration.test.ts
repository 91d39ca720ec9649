/**
 * Issue 7, item 2: the multi-instance run again, with backend processes killed (SIGKILL, no graceful
 * shutdown) at seeded random moments, several times, and restarted. Jobs the dead process was running
 * stay "active" in pg-boss until they expire; the instances run with a 10 s job expiry and 2 s
 * maintenance so that five recoveries fit in a test (production: 60 s and 15 s, recovery.integration.test.ts). The end state is the same
 * exactly-once result: every deal analysed, one plan per deal, every task in HubSpot exactly once.
 *
 * PostgreSQL only (TEST_DATABASE_URL). RELIABILITY_LOG=1 prints the run's progress and summary.
 */
import { describeWithPostgres } from '../server/db/helpers/temp-postgres';
import { runScenario } from './support/cluster';
import { expectEveryTaskOnce, runOnThrowawayDatabase } from './support/postgres-scenario';

const DEALS = 60;
const KILLS = 5;

describeWithPostgres('SIGKILLed and restarted instances (PostgreSQL)', () => {
  const run = runOnThrowawayDatabase(
    'crash',
    (target) =>
      runScenario({
        ...target,
        instances: 3,
        deals: DEALS,
        seed: 7002,
        webhooks: { duplicateRate: 0.35, shuffle: true, maxBatchSize: 10, batchDelayMs: 25 },
        wave: { size: 6, gapMs: 700 },
        crashes: { kills: KILLS, minGapMs: 1000, maxGapMs: 3500, downMs: 300 },
        // Mild HubSpot latency keeps jobs in flight when the kills land.
        faults: { latencyMs: 20, latencyJitterMs: 150 },
        instanceEnv: { REGAIN_TEST_JOB_EXPIRE_SECONDS: '10', REGAIN_TEST_MAINTENANCE_SECONDS: '2', REGAIN_TEST_CONCURRENCY: '5' },
        timeoutMs: 85_000,
      }),
    110_000,
  );

  it('killed and restarted instances several times during the run', () => {
    const result = run();
    expect(result.kills).toBe(KILLS);
    expect(result.starts).toBe(3 + KILLS);
  });

  it('still analysed every deal and created one plan per deal', () => {
    const result = run();
    if (!result.settled) process.stderr.write(`${JSON.stringify(result, null, 2)}\n`);
    expect(result.settled).toBe(true);
    expect(result.analysed).toBe(DEALS);
    expect(result.dealsWithMoreThanOnePlan).toBe(0);
    expect(result.plans + result.reviewTasks).toBe(DEALS);
  });

  it('wrote every plan item to HubSpot exactly once', () => {
    expectEveryTaskOnce(run(), DEALS);
    expect(run().permanentFailures.jobs).toBe(0);
  });
});
