/**
 * Issue 7, item 1 (webhook-driven): closed-lost deals through Regain while the sandbox misbehaves like
 * a bad day at HubSpot: 20% 5xx, random latency up to 2 s, 429 storms, dropped connections and 207
 * partial batch failures, with duplicated, out-of-order webhook deliveries. A few deals are deleted
 * right after they are lost, so their analysis fails for good: those permanent failures must show up
 * in the audit log (`job.failed`) and in the metrics (`regain_jobs_failed_total`). The run must end
 * exactly once: zero missing tasks, zero duplicates.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx test/reliability/fault-run.ts --deals 2000
 *
 * Flags: --deals N (default 2000), --backfill N (N more closed-lost deals for `regain backfill --plans all`,
 * run during the webhook-driven part; default 0), --instances N (default 1), --latency-scale X (default 1:
 * up to 2 s), --seed N, --json (only the JSON summary). Exits 0 only when the run is exactly-once and every permanent
 * failure is visible. The sandbox's rate window is scaled 10x (110 per second, as in `regain demo`).
 * The jest suite test/reliability/faults.integration.test.ts runs the same core on 150 deals.
 */
import { createTempDatabase } from '../server/db/helpers/temp-database';
import { runScenario, type ScenarioResult } from './support/cluster';

export interface FaultRunOptions {
  databaseUrl: string;
  deals: number;
  instances?: number;
  seed?: number;
  /** 1: latency up to 2 s (the figure); smaller values scale it down for quick runs. */
  latencyScale?: number;
  /** Closed-lost deals for the backfill-driven half (`regain backfill --plans all` during the run); 0: webhook-driven only. */
  backfillDeals?: number;
  /** 429 storms: one every `everyMs` lasting `durationMs` (default: every 45 s for 2 s). */
  storms?: { everyMs: number; durationMs: number };
  timeoutMs?: number;
  log?: (message: string) => void;
}

export interface FaultRunResult extends ScenarioResult {
  profile: Record<string, unknown>;
  /** What the run must show; `ok` is their conjunction. */
  checks: Record<string, boolean>;
  ok: boolean;
}

/** The fault profile of issue 7, item 1. */
export function faultProfile(latencyScale = 1) {
  return {
    errorRate: 0.2,
    errorStatuses: [500, 502, 503, 504],
    latencyMs: 0,
    latencyJitterMs: Math.round(2000 * latencyScale),
    dropRate: 0.05,
    partialFailureRate: 0.2,
  };
}

export async function runFaultRun(options: FaultRunOptions): Promise<FaultRunResult> {
  const deals = options.deals;
  const faults = faultProfile(options.latencyScale ?? 1);
  const storms = options.storms ?? { everyMs: 45_000, durationMs: 2_000 };
  const deleteDeals = Math.max(2, Math.round(deals * 0.01));
  const result = await runScenario({
    databaseUrl: options.databaseUrl,
    instances: options.instances ?? 1,
    deals,
    seed: options.seed ?? 2026,
    webhooks: { duplicateRate: 0.3, shuffle: true, batchDelayMs: 50, maxBatchSize: 10 },
    faults,
    storms,
    deleteDeals,
    wave: { size: 100, gapMs: 250 },
    ...(options.backfillDeals ? { backfill: { deals: options.backfillDeals } } : {}),
    // Latency up to 2 s per call: many jobs at once per instance keep the (scaled) rate window busy.
    instanceEnv: { REGAIN_TEST_CONCURRENCY: String(Math.min(100, Math.max(25, Math.ceil(deals / 20)))) },
    timeoutMs: options.timeoutMs ?? Math.max(120_000, (deals + (options.backfillDeals ?? 0)) * 600),
    ...(options.log ? { log: options.log } : {}),
  });
  const checks = {
    settled: result.settled,
    everyLiveDealAnalysed: result.analysed === deals - result.deletedDeals,
    onePlanPerDeal: result.dealsWithMoreThanOnePlan === 0 && result.plans + result.reviewTasks === deals - result.deletedDeals,
    noMissingTasks: result.missingTasks === 0,
    noDuplicateTasks: result.duplicateTasks === 0 && result.unexpectedTasks === 0,
    // Each deleted deal's analysis failed for good, and every job that failed for good is in the audit log and the metric.
    permanentFailuresSeen: result.permanentFailures.jobs >= result.deletedDeals,
    permanentFailuresAudited: result.permanentFailures.auditEntries === result.permanentFailures.jobs,
    permanentFailuresInMetrics: result.permanentFailures.metric === result.permanentFailures.jobs,
    ...(result.backfill ? { backfillCompleted: result.backfill.exitCodes.at(-1) === 0, backfillAnalysedAll: result.backfill.analysed === result.backfill.deals } : {}),
  };
  return { ...result, profile: { ...faults, storms, deletedAfterLoss: deleteDeals, duplicateRate: 0.3, maxBatchSize: 10, shuffle: true }, checks, ok: Object.values(checks).every(Boolean) };
}

async function cli(argv: string[]): Promise<number> {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const json = argv.includes('--json');
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    process.stderr.write('fault-run: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test); the run uses a throwaway database on that server\n');
    return 2;
  }
  const temp = await createTempDatabase(adminUrl);
  try {
    const result = await runFaultRun({
      databaseUrl: temp.url,
      deals: Number(flag('deals') ?? 2000),
      instances: Number(flag('instances') ?? 1),
      seed: Number(flag('seed') ?? 2026),
      latencyScale: Number(flag('latency-scale') ?? 1),
      backfillDeals: Number(flag('backfill') ?? 0),
      ...(json ? {} : { log: (m: string) => process.stderr.write(`[fault-run] ${m}\n`) }),
    });
    const { stderrTail, ...summary } = result;
    if (!result.ok) process.stderr.write(`${stderrTail}\n`);
    process.stdout.write(`${JSON.stringify(summary, null, json ? undefined : 2)}\n`);
    return result.ok ? 0 : 1;
  } finally {
    await temp.drop();
  }
}

if (require.main === module) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`fault-run: ${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
