import type { Portal } from '../portal';
import { createCompany, type SeededCompany } from './companies';
import { DAY_MS, planFromSpec, SeedContext, type SeedPlan } from './context';
import { createLoss, drawSegment } from './losses';
import { SEED_SEGMENTS, type DealTruth, type SeedSpec, type SeedSummary } from './types';

/**
 * Fills a portal with deterministic, realistic data (same spec and seed, same data):
 * owners, companies with a first lifetime of closed-won deals, contacts, notes, tickets,
 * closed-lost deals across all five segments plus vague ones and lost prospects, and a
 * few open deals for the demo. The ground truth goes to `portal.truth`, never into
 * HubSpot properties.
 */
export function seedPortal(portal: Portal, spec: SeedSpec): SeedSummary {
  const started = performance.now();
  const plan = planFromSpec(spec);
  const ctx = new SeedContext(portal, plan);
  const truth: DealTruth[] = [];
  seedClosedLost(ctx, plan, truth);
  seedOpen(ctx, plan, truth);
  portal.truth = [...portal.truth, ...truth];
  return {
    owners: ctx.ownerIds.length, companies: ctx.counts.companies, contacts: ctx.counts.contacts, deals: ctx.counts.deals,
    closedLostDeals: truth.filter((t) => t.status === 'closed_lost').length, openDeals: truth.filter((t) => t.status === 'open').length,
    notes: ctx.counts.notes, tickets: ctx.counts.tickets, durationMs: Math.round(performance.now() - started),
  };
}

function seedClosedLost(ctx: SeedContext, plan: SeedPlan, truth: DealTruth[]): void {
  const { prng } = ctx;
  // The first companies cover every segment and both kinds of loss, so even small seeds
  // (the demo) contain all cases; after that, segments are drawn by weight.
  const guaranteed = prng.shuffle([
    ...[...SEED_SEGMENTS, 'undetermined' as const].map((segment) => ({ segment, isCustomer: true })),
    { segment: 'bought_away' as const, isCustomer: false }, { segment: 'undetermined' as const, isCustomer: false },
  ]);
  let made = 0;
  while (made < plan.closedLostDeals) {
    const forced = guaranteed.shift();
    const isCustomer = forced ? forced.isCustomer : prng.chance(0.78);
    let closeAt = ctx.daysAgo(prng.int(3, 700));
    const company = createCompany(ctx, isCustomer, closeAt);
    // One reason drives all of a company's losses (a moved-away account loses every line).
    const segment = forced ? forced.segment : drawSegment(ctx, isCustomer);
    let losses = 0;
    do {
      truth.push(createLoss(ctx, { company, segment, closeAt, open: false }));
      made++;
      losses++;
      closeAt = Math.min(closeAt + prng.int(1, 40) * DAY_MS, plan.now - DAY_MS);
    } while (made < plan.closedLostDeals && losses < plan.maxLossesPerCompany && prng.chance(plan.extraLossChance));
  }
}

// Open deals on healthy-looking customers, each with a note that foreshadows why it will be
// lost. Their segments rotate through the five defector types so a demo shows variety.
function seedOpen(ctx: SeedContext, plan: SeedPlan, truth: DealTruth[]): void {
  const rotation = ctx.prng.shuffle(SEED_SEGMENTS);
  for (let i = 0; i < plan.openDeals; i++) {
    const closeAt = plan.now + ctx.prng.int(10, 90) * DAY_MS;
    const company: SeededCompany = createCompany(ctx, true, closeAt);
    const segment = rotation[i % rotation.length] ?? 'bought_away';
    truth.push(createLoss(ctx, { company, segment, closeAt, open: true }));
  }
}
