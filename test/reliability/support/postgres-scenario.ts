/**
 * The jest side the PostgreSQL reliability suites share (the rig itself is ./cluster.ts): a throwaway
 * database on TEST_DATABASE_URL's server for the suite, one run on it before the suite's checks
 * (a cluster scenario or the fault run), its JSON summary under RELIABILITY_LOG=1, and the database
 * dropped afterwards. Call it inside `describeWithPostgres`; the checks read the run's result.
 */
import { createTempDatabase, TEST_DATABASE_URL, type TempDatabase } from '../../server/db/helpers/temp-postgres';
import type { ScenarioResult } from './cluster';

/** What a run gets: the database to run on, and the progress log when RELIABILITY_LOG is set. */
export interface ScenarioTarget {
  databaseUrl: string;
  log?: (message: string) => void;
}

/** Progress lines tagged with the suite's name on stderr under RELIABILITY_LOG=1, else none. */
export function reliabilityLog(tag: string): ((message: string) => void) | undefined {
  return process.env.RELIABILITY_LOG ? (m: string) => process.stderr.write(`[${tag}] ${m}\n`) : undefined;
}

/**
 * Runs `run` once in `beforeAll` (allowed `timeoutMs`) on a fresh database and returns the getter of its
 * result for the suite's tests; the database is dropped in `afterAll`.
 */
export function runOnThrowawayDatabase<R extends ScenarioResult>(tag: string, run: (target: ScenarioTarget) => Promise<R>, timeoutMs: number): () => R {
  const log = reliabilityLog(tag);
  let temp: TempDatabase | undefined;
  let result: R | undefined;
  beforeAll(async () => {
    temp = await createTempDatabase(TEST_DATABASE_URL!);
    result = await run({ databaseUrl: temp.url, ...(log ? { log } : {}) });
    log?.(JSON.stringify({ ...result, stderrTail: undefined }));
  }, timeoutMs);
  afterAll(async () => temp?.drop(), 30_000);
  return () => {
    if (!result) throw new Error(`the ${tag} run did not finish (see beforeAll)`);
    return result;
  };
}

/** Every task Regain should have written is in HubSpot exactly once: none missing, none twice, none unexpected. */
export function expectEveryTaskOnce(result: ScenarioResult, deals: number): void {
  expect(result.tasksExpected).toBeGreaterThan(deals);
  expect(result.missingTasks).toBe(0);
  expect(result.duplicateTasks).toBe(0);
  expect(result.unexpectedTasks).toBe(0);
  expect(result.tasksInHubSpot).toBe(result.tasksExpected);
}
