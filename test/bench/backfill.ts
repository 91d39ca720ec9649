/**
 * Backfill figures against the sandbox with its rate window scaled down 10x (110 requests per second,
 * search 50 per second; HubSpot: 110 per 10 s and 5 per second). The sandbox and the backfill run in
 * separate processes, so the backfill's peak memory is its own.
 * - backfill: calls by kind, 429s (and after the first window), elapsed, the lower bound HubSpot's limits
 *   set for those calls (search at 50/s, the rest at 110 per window; both budgets run in parallel), the
 *   ratio elapsed/bound (target <= 1.15), and the same at our own budget (100 per window, search 40/s);
 * - backfill_straightforward: one SDK call per deal read and write and per task, measured on a sample
 *   and extrapolated linearly to the same deals, for comparison.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { BENCH_BUDGET } from './backfill-child';
import { BENCH_SCALE, BENCH_SPEEDUP } from './backfill-sandbox-child';

const run = promisify(execFile);
/** Calls N need at least this long under a rolling window of `max` per `windowMs`. */
const windowBound = (n: number, max: number, windowMs: number) => (n <= max ? 0 : (Math.ceil(n / max) - 1) * windowMs);

interface ChildResult {
  deals: number;
  tasks: number;
  plans?: number;
  elapsedMs: number;
  calls: { standard: number; search: number; byLabel: Record<string, number> };
  http429: number;
  http429AfterFirstWindow: number;
  http429ByLabel: Record<string, number>;
  http429FirstAtS: number | null;
  peakRssMb: number;
}

async function startSandboxChild(deals: number) {
  const child = spawn(process.execPath, ['--max-old-space-size=4096', path.join(__dirname, 'backfill-sandbox-child.js'), String(deals)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const [first] = (await once(lines, 'line')) as [string];
  const rest: string[] = [];
  lines.on('line', (l: string) => rest.push(l));
  return {
    info: first,
    /** The emulator's CPU seconds so far, and its wall time, as it exits. */
    stop: async (): Promise<{ sandboxCpuS?: number; sandboxWallS?: number }> => {
      child.stdin!.end();
      await once(child, 'exit');
      return rest.length > 0 ? (JSON.parse(rest[rest.length - 1]!) as { sandboxCpuS: number }) : {};
    },
  };
}

async function runChild(mode: 'batched' | 'naive', info: string, databaseUrl: string | undefined, sample?: number): Promise<ChildResult> {
  const env = { ...process.env, BENCH_BACKFILL_DATABASE_URL: databaseUrl ?? '' };
  const { stdout } = await run(process.execPath, [path.join(__dirname, 'backfill-child.js'), mode, info, ...(sample ? [String(sample)] : [])], { maxBuffer: 1 << 24, env });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
}

/** `databaseUrl`: a throwaway PostgreSQL database for the backfill's store; else embedded PGlite (whose engine alone takes ~750 MB RSS). */
export async function benchBackfill(print: (o: object) => void, options: { large: boolean; databaseUrl?: string }): Promise<void> {
  const deals = options.large ? 100_000 : 10_000;
  const first = await startSandboxChild(deals);
  let b: ChildResult;
  let emulator: { sandboxCpuS?: number; sandboxWallS?: number };
  try {
    b = await runChild('batched', first.info, options.databaseUrl);
  } finally {
    emulator = await first.stop();
  }
  {
    const boundHubSpot = Math.max(windowBound(b.calls.standard, BENCH_SCALE.max, BENCH_SCALE.windowMs), windowBound(b.calls.search, BENCH_SCALE.searchPerSecond, 1000));
    const boundBudget = Math.max(windowBound(b.calls.standard, BENCH_BUDGET.standard.max, BENCH_BUDGET.standard.windowMs), windowBound(b.calls.search, BENCH_BUDGET.search.max, BENCH_BUDGET.search.windowMs));
    print({
      bench: 'backfill',
      db: options.databaseUrl ? 'postgresql' : 'pglite (its engine alone: ~750 MB RSS)',
      scale: `sandbox ${BENCH_SCALE.max} per ${BENCH_SCALE.windowMs} ms, search ${BENCH_SCALE.searchPerSecond}/s (HubSpot: 110 per 10 s, 5/s); our budget ${BENCH_BUDGET.standard.max} per ${BENCH_BUDGET.standard.windowMs} ms, search ${BENCH_BUDGET.search.max}/s`,
      deals: b.deals,
      plans: b.plans,
      tasks: b.tasks,
      calls: b.calls,
      http429: b.http429,
      http429AfterFirstWindow: b.http429AfterFirstWindow,
      http429ByLabel: b.http429ByLabel,
      http429FirstAtS: b.http429FirstAtS,
      elapsedS: +(b.elapsedMs / 1000).toFixed(1),
      lowerBoundS: +(boundHubSpot / 1000).toFixed(1),
      ratio: +(b.elapsedMs / boundHubSpot).toFixed(3),
      lowerBoundAtOurBudgetS: +(boundBudget / 1000).toFixed(1),
      ratioAtOurBudget: +(b.elapsedMs / boundBudget).toFixed(3),
      targetRatio: 1.15,
      atRealLimitsS: Math.round((b.elapsedMs / 1000) * BENCH_SPEEDUP),
      speedup: BENCH_SPEEDUP,
      peakRssMb: b.peakRssMb,
      targetRssMb: 300,
      // The emulator is one Node process: when it is busy most of the elapsed time, it, not HubSpot's limits, sets the pace.
      sandboxCpuS: emulator.sandboxCpuS,
    });
  }
  // The straightforward way, on a fresh sandbox of the same size.
  const sandbox = await startSandboxChild(deals);
  try {
    const sample = 300;
    const n = await runChild('naive', sandbox.info, undefined, sample);
    const scale = b.deals / n.deals;
    const naiveCalls = Math.round((n.calls.standard + n.calls.search) * scale);
    const batchedCalls = b.calls.standard + b.calls.search;
    print({
      bench: 'backfill_straightforward',
      sampleDeals: n.deals,
      sampleCalls: n.calls,
      sampleElapsedS: +(n.elapsedMs / 1000).toFixed(1),
      callsPerDeal: +((n.calls.standard + n.calls.search) / n.deals).toFixed(2),
      batchedCallsPerDeal: +(batchedCalls / b.deals).toFixed(3),
      extrapolatedDeals: b.deals,
      extrapolatedCalls: naiveCalls,
      extrapolatedElapsedS: Math.round((n.elapsedMs / 1000) * scale),
      callsRatio: +(naiveCalls / batchedCalls).toFixed(1),
      timeRatio: +((n.elapsedMs * scale) / b.elapsedMs).toFixed(1),
      http429: n.http429,
      note: 'measured on the sample, extrapolated linearly; tasks created one call each',
    });
  } finally {
    await sandbox.stop();
  }
}
