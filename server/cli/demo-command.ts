/**
 * `regain demo [--deals N] [--json]`: the whole loop in one process against the local sandbox. Open
 * deals are moved to closed lost, the sandbox sends signed webhooks, the backend analyses them and
 * writes plans (create-plan mode) or review tasks (undetermined); then HubSpot is read back and every
 * expected task is checked: exits 0 only when none is missing or duplicated.
 */
import pino from 'pino';
import { startRegain, type RunningRegain } from '../main';
import { refOfTaskBody } from '../hubspot/write-plan-tasks';
import { owedTasks } from '../services/owed-tasks';
import { dealsWithReviewTask } from '../services/plan-lifecycle';
import { createProgressReporter, type DemoProgress } from './demo-progress';
import { CliError, parseFlags, type CliIo } from './io';

/** The sandbox's rate window is scaled down 10x (110 per second) so the demo is short; the output says so. */
const SCALED_WINDOW = { windowMs: 1000, max: 110 };
const TIMEOUT_MS = 180_000;

interface DealReport {
  dealId: string;
  segment: string;
  confidence: number;
  priority: string;
  expected: number;
  written: number;
}

export async function runDemoCommand(argv: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv, { deals: 'string', json: 'bool', faults: 'string' });
  const deals = flags.deals === undefined ? 50 : Number(flags.deals);
  if (!Number.isInteger(deals) || deals < 1 || deals > 5000) throw new CliError('--deals must be a whole number from 1 to 5000');
  const faultRate = flags.faults === undefined ? 0 : Number(flags.faults);
  if (!Number.isFinite(faultRate) || faultRate < 0 || faultRate > 0.5) throw new CliError('--faults must be a rate from 0 to 0.5');
  const started = Date.now();
  io.stderr.write('regain demo: starting the backend and the local HubSpot sandbox...\n');
  const regain = await startRegain(
    { PORT: '0', LOG_LEVEL: 'silent', ENCRYPTION_KEY: process.env.ENCRYPTION_KEY },
    {
      logger: pino({ level: 'silent' }),
      sandbox: { seed: { closedLostDeals: 0, openDeals: deals, seed: 2026 }, rateLimit: { windowMs: SCALED_WINDOW.windowMs, max: SCALED_WINDOW.max, searchPerSecond: 5 } },
      rateLimit: { max: 100, windowMs: SCALED_WINDOW.windowMs },
      pollingIntervalSeconds: 0.5,
      workerConcurrency: 25,
    },
  );
  try {
    // Progress on stderr while the loop runs: a live line on a terminal, a plain line every 5 s otherwise.
    const stderr = io.stderr as NodeJS.WritableStream & { isTTY?: boolean };
    const progress = createProgressReporter(io.stderr, { tty: Boolean(stderr.isTTY) });
    const report = await runLoop(regain, deals, faultRate, (p) => progress.update({ ...p, seconds: (Date.now() - started) / 1000 }));
    progress.done({ ...report.progress, seconds: (Date.now() - started) / 1000 });
    const seconds = (Date.now() - started) / 1000;
    const totals = summarise(report, deals, seconds);
    if (!flags.json) {
      io.stdout.write(`deal        segment                      conf  priority  tasks\n`);
      for (const r of report.deals) {
        io.stdout.write(`${r.dealId.padEnd(11)} ${r.segment.padEnd(28)} ${r.confidence.toFixed(2)}  ${r.priority.padEnd(8)}  ${r.written}/${r.expected}\n`);
      }
      io.stdout.write(`\n${deals} deals in ${seconds.toFixed(1)} s (sandbox rate window scaled to ${SCALED_WINDOW.max} requests per ${SCALED_WINDOW.windowMs} ms)\n`);
      io.stdout.write(`analysed ${totals.analysed}, plans ${totals.plans}, review tasks ${totals.reviewTasks}; tasks expected ${totals.tasksExpected}, in HubSpot ${totals.tasksInHubSpot}, missing ${totals.missingTasks}, duplicates ${totals.duplicateTasks}\n`);
    }
    io.stdout.write(`${JSON.stringify(totals)}\n`);
    return totals.missingTasks === 0 && totals.duplicateTasks === 0 && totals.analysed === deals ? 0 : 1;
  } finally {
    await regain.close();
  }
}

async function runLoop(regain: RunningRegain, count: number, faultRate: number, onProgress: (p: Omit<DemoProgress, 'seconds'>) => void) {
  const sandbox = regain.sandbox!;
  const portalId = sandbox.portals()[0]!.portalId;
  await regain.installSandboxPortal(portalId);
  const pid = String(portalId);
  await regain.stores.settings.put(pid, { core: {}, automation: { mode: 'create_plan', confidenceThreshold: 0, taskOwner: { rule: 'deal_owner' } } }, new Date());
  const open = sandbox.truth(portalId).filter((t) => t.status === 'open').slice(0, count);
  // HubSpot misbehaving, reproducibly: 5xx, latency, dropped connections, 207 partial batch failures.
  if (faultRate > 0) sandbox.setFaults({ seed: 2026, errorRate: faultRate, latencyMs: 20, latencyJitterMs: 300, dropRate: faultRate / 4, partialFailureRate: faultRate });
  let lost = 0;
  for (const t of open) {
    sandbox.loseDeal(portalId, t.dealId);
    lost += 1;
  }
  const progressOf = (st: Awaited<ReturnType<typeof expectedTasks>>) => ({
    lost, deals: count, analysed: st.analysed, tasksWritten: st.written, tasksExpected: st.expected, faults: sandbox.faultLog().length,
  });

  // Wait until every deal is analysed and every expected task is written (or time runs out).
  const deadline = Date.now() + TIMEOUT_MS;
  let state = await expectedTasks(regain, pid, open.map((t) => t.dealId));
  onProgress(progressOf(state));
  while (Date.now() < deadline && !state.settled) {
    await new Promise((r) => setTimeout(r, 1000));
    state = await expectedTasks(regain, pid, open.map((t) => t.dealId));
    onProgress(progressOf(state));
  }
  await sandbox.webhooks.idle();
  sandbox.setFaults({ errorRate: 0, latencyMs: 0, latencyJitterMs: 0, dropRate: 0, partialFailureRate: 0 });

  // Read HubSpot (the sandbox) back: every Regain task by its reference line.
  const refs = new Map<string, number>();
  for (const task of sandbox.listObjects(portalId, 'tasks')) {
    const key = refOfTaskBody(task.properties.hs_task_body);
    if (key) refs.set(key, (refs.get(key) ?? 0) + 1);
  }
  const reports: DealReport[] = [];
  for (const dealId of open.map((t) => t.dealId)) {
    const keys = state.keysByDeal.get(dealId) ?? [];
    const analysis = await regain.stores.analyses.get(pid, dealId);
    reports.push({
      dealId,
      segment: analysis?.suggested.classification.segment ?? '(not analysed)',
      confidence: analysis?.suggested.classification.confidence ?? 0,
      priority: analysis?.suggested.worthiness.priority ?? '-',
      expected: keys.length,
      written: keys.filter((k) => (refs.get(k) ?? 0) > 0).length,
    });
  }
  const expectedKeys = [...state.keysByDeal.values()].flat();
  return {
    deals: reports,
    analysed: reports.filter((r) => r.segment !== '(not analysed)').length,
    plans: state.plans,
    reviewTasks: state.reviews,
    faultRate,
    expectedKeys,
    refs,
    progress: progressOf(state),
  };
}

/** The tasks Regain should have written per deal (owed-tasks.ts). A few queries per poll. */
async function expectedTasks(regain: RunningRegain, portalId: string, dealIds: string[]) {
  const [analyses, plans, audit] = await Promise.all([
    regain.stores.analyses.list(portalId, { limit: 100_000 }),
    regain.stores.plans.listPlans(portalId),
    regain.stores.audit.list(portalId, { limit: 100_000 }),
  ]);
  const analysed = new Set(analyses.map((a) => a.dealId));
  const planByDeal = new Map(plans.map((p) => [p.dealId, p]));
  // The items of the analysed deals' plans only: the others are not looked at.
  const wanted = dealIds.flatMap((d) => (analysed.has(d) && planByDeal.has(d) ? [planByDeal.get(d)!] : []));
  const items = new Map(await Promise.all(wanted.map(async (p) => [p.id, await regain.stores.plans.listItems(portalId, p.id)] as const)));
  return owedTasks({ dealIds, analysed, planByDeal, itemsOf: (planId) => items.get(planId) ?? [], reviewed: dealsWithReviewTask(audit) });
}

function summarise(r: Awaited<ReturnType<typeof runLoop>>, deals: number, seconds: number) {
  const expected = new Set(r.expectedKeys);
  const missing = [...expected].filter((k) => !r.refs.has(k)).length;
  const duplicates = [...r.refs.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
  const inHubSpot = [...r.refs.entries()].filter(([k]) => expected.has(k)).reduce((n, [, c]) => n + c, 0);
  return {
    deals,
    analysed: r.analysed,
    plans: r.plans,
    reviewTasks: r.reviewTasks,
    tasksExpected: expected.size,
    tasksInHubSpot: inHubSpot,
    duplicateTasks: duplicates,
    missingTasks: missing,
    faults: r.faultRate,
    seconds: Math.round(seconds * 10) / 10,
    rateWindowScaled: `${SCALED_WINDOW.max} requests per ${SCALED_WINDOW.windowMs} ms`,
  };
}
