/**
 * The dashboard at 100,000 analyses (30,000 plans, 20,000 lost customers): the SQL figures equal the
 * memory computation over the same rows, every analysis counts (the old report stopped at 10,000), and
 * the summary answers fast. On PGlite always; on PostgreSQL too when TEST_DATABASE_URL is set.
 * REPORT_TIMING=1 prints the summary's latency (median of 5) as one JSON line.
 */
import { MemoryReportStore } from '../../../server/db/memory/memory-report-store';
import type { AnalysisStore, OutcomeStore, PlanStore, Stores } from '../../../server/db/ports';
import { summarisePortal, toReportSummary } from '../../../server/services/report-summary';
import { newPortalId } from '../db/helpers/store-fixtures';
import { pgliteTarget, postgresTarget, type StoreTarget } from '../db/helpers/store-targets';
import { describeWithPostgres, TEST_DATABASE_URL } from '../db/helpers/temp-postgres';
import { REPORT_NOW, scalePortalObjects, seedScalePortal, sizesFor } from './report-scale-seed';

const N = Number(process.env.REPORT_SCALE_ANALYSES ?? 100_000);

/** The memory adapter's computation over plain rows (stub ports: the memory stores are not built for 100,000 plans). */
function memoryFigures(p: string) {
  const rows = scalePortalObjects(p, sizesFor(N));
  const analyses = [...rows.analyses].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.dealId < b.dealId ? -1 : 1));
  const plans = [...rows.plans].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : 1));
  const itemsByPlan = new Map<string, typeof rows.items>();
  for (const i of rows.items) itemsByPlan.set(i.planId, [...(itemsByPlan.get(i.planId) ?? []), i]);
  const store = new MemoryReportStore(
    { list: async () => analyses } as unknown as AnalysisStore,
    {
      listPlans: async () => plans,
      listItems: async (_: string, planId: string) => itemsByPlan.get(planId) ?? [],
    } as unknown as PlanStore,
    { list: async () => rows.outcomes } as unknown as OutcomeStore,
  );
  return store.summarise(p, { now: REPORT_NOW, reminders: 10, topPriority: 10 });
}

async function medianLatencyMs(stores: Stores, p: string): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const started = process.hrtime.bigint();
    await summarisePortal(stores, p, REPORT_NOW);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[2]!;
}

function atScale(target: StoreTarget) {
  it(`summarises ${N.toLocaleString('en')} analyses like the memory computation, all of them counted`, async () => {
    const { stores, db } = target.backend();
    const p = newPortalId();
    const seeding = Date.now();
    await seedScalePortal(db!, p, sizesFor(N));
    const seededMs = Date.now() - seeding;

    const summary = await summarisePortal(stores, p, REPORT_NOW);
    expect(summary.lostBySegment.reduce((n, r) => n + r.count, 0)).toBe(N);
    const sizes = sizesFor(N);
    // Every win-back plan: the current ones but each 10th (an exit plan), and the older generation.
    expect(summary.outcomes.plans.pursued).toBe(sizes.plans - Math.floor(sizes.plans / 10) + sizes.olderPlans);
    expect(summary.topPriority).toHaveLength(10);
    expect(summary.upcomingReminders).toHaveLength(10);
    expect(summary).toEqual(toReportSummary(await memoryFigures(p)));

    const latencyMs = await medianLatencyMs(stores, p);
    if (process.env.REPORT_TIMING) process.stdout.write(`${JSON.stringify({ bench: 'report_summary', database: target.name, analyses: N, seededMs, summaryMedianMs: Math.round(latencyMs) })}\n`);
    expect(latencyMs).toBeLessThan(10_000);
  }, 120_000);
}

describe('report summary at scale', () => {
  describe('PGlite', () => atScale(pgliteTarget()));
});

describeWithPostgres('report summary at scale (TEST_DATABASE_URL)', () => {
  atScale(postgresTarget(TEST_DATABASE_URL!));
});
