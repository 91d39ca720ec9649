/**
 * The SQL report (PGlite) against the memory adapter's computation on the same random portals, seeded
 * through the ports: confirmations, plan generations, ended and open plans, tracked and rep-marked
 * reacquisitions, deals without an analysis. (Before the SQL report replaced it, this suite compared the
 * SQL with the old in-memory summary, which loaded every row; they agreed on every seed.)
 */
import type { Stores } from '../../../server/db/ports';
import { summarisePortal } from '../../../server/services/report-summary';
import type { PlanStatus } from '../../../server/db/ports';
import type { Controllability, DefectionSegment, Priority, Source } from '../../../src/types';
import { aConfirmation, anAnalysisWith, aPlan, at, newPortalId, planItems, T0 } from '../db/helpers/store-fixtures';
import { createMemoryStores } from '../../../server/db/memory';
import { pgliteTarget } from '../db/helpers/store-targets';

const SEGMENTS: DefectionSegment[] = ['bought_away', 'pulled_away', 'unintentionally_pushed_away', 'moved_away', 'intentionally_pushed_away', 'undetermined'];
const SOURCES: Source[] = ['internal', 'external', 'unknown'];
const CONTROL: Controllability[] = ['controllable', 'uncontrollable', 'unknown'];
const PRIORITIES: Priority[] = ['high', 'medium', 'low', 'none'];

/** A small deterministic PRNG (mulberry32), so both adapters see the same portal. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seedRandomPortal(stores: Stores, p: string, deals: number, seed: number): Promise<void> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const ids = Array.from({ length: deals }, (_, i) => `d${String(i).padStart(5, '0')}`);
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000 + Math.floor(r() * 86_400_000));
  await stores.analyses.saveSuggestedMany(
    p,
    ids.map((dealId) => ({
      dealId,
      analysis: anAnalysisWith(dealId, {
        segment: pick(SEGMENTS),
        source: pick(SOURCES),
        controllability: pick(CONTROL),
        priority: pick(PRIORITIES),
        secondLifetimeValue: pick([0, 500, 1000, 2500, 10_000]),
        closeDate: r() < 0.1 ? null : day(Math.floor(r() * 420)).toISOString(),
        customerStatus: pick(['lost_customer', 'lost_customer', 'lost_prospect', 'unknown'] as const),
      }),
    })),
    T0,
  );
  for (const [i, dealId] of ids.entries()) {
    if (r() < 0.3) await stores.analyses.confirm(p, dealId, aConfirmation({ segment: pick(SEGMENTS), source: pick(SOURCES), controllability: pick(CONTROL) }), 'rep', at(i));
    // Plans: none, one, or an ended one and a later generation; some for deals without an analysis.
    const generations = r() < 0.4 ? 0 : r() < 0.7 ? 1 : 2;
    for (let g = 0; g < generations; g++) {
      const created = await stores.plans.createPlan(aPlan(p, r() < 0.05 ? `x${dealId}` : dealId, { kind: r() < 0.85 ? 'win_back' : 'exit', segment: pick(SEGMENTS), items: planItems(dealId, 3, `g${g}`), now: day(200 + Math.floor(r() * 300)) }));
      if (!created.created) continue;
      const status: PlanStatus = g < generations - 1 ? pick(['stopped', 'reacquired'] as const) : pick(['active', 'paused', 'stopped', 'reacquired'] as const);
      if (status !== 'active') await stores.plans.setPlanStatus(p, created.plan.id, status, day(300 + Math.floor(r() * 200)));
    }
    if (r() < 0.5) {
      await stores.outcomes.trackLoss(p, { dealId, companyId: `c${i % 40}`, lostAt: r() < 0.1 ? null : day(Math.floor(r() * 420)) }, T0);
      if (r() < 0.4) await stores.outcomes.markReacquired(p, dealId, { reacquiredAt: day(420 + Math.floor(r() * 200)), wonDealId: `w${i}`, detectedBy: 'sweep' }, T0);
    }
  }
}

describe('report summary: SQL and memory adapters agree', () => {
  const pglite = pgliteTarget();
  it.each([1, 2, 3])('on random portal %i', async (seed) => {
    const memory = createMemoryStores();
    const [p, q] = [newPortalId(), newPortalId()];
    await seedRandomPortal(memory, p, 250, seed);
    await seedRandomPortal(pglite.backend().stores, q, 250, seed);
    const now = new Date('2025-09-01T00:00:00.000Z');
    const [sql, inMemory] = [await summarisePortal(pglite.backend().stores, q, now), await summarisePortal(memory, p, now)];
    expect(sql.outcomes.plans.pursued).toBeGreaterThan(50);
    expect(sql.outcomes.daysToReacquire.count).toBeGreaterThan(10);
    expect(sql.upcomingReminders.length).toBeGreaterThan(0);
    expect(sql).toEqual(inMemory);
  }, 60_000);
});
