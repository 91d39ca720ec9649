/**
 * The dashboard's figures over the memory stores (dev and tests): the same contract as PgReportStore,
 * computed by reading the portal's rows through the other stores' ports.
 */
import type { Controllability, DefectionSegment, Source } from '../../../src/types';
import type { AnalysisStore, OutcomeStore, PlanStatus, PlanStore, PortalId, PortalReportFigures, ReportStore, StoredAnalysis, StoredPlan } from '../ports';

const DAY_MS = 86_400_000;
const PRIORITY_RANK: Record<string, number> = { high: 3, medium: 2, low: 1 };

/** Segment and attribution as the rep confirmed them, else as suggested (applyConfirmation's values). */
const effectiveOf = (a: StoredAnalysis) => ({
  segment: a.confirmed?.segment ?? a.suggested.classification.segment,
  source: a.confirmed?.source ?? a.suggested.attribution.source.value,
  controllability: a.confirmed?.controllability ?? a.suggested.attribution.controllability.value,
});

/** A valid date, or null. */
const dateOf = (iso: string | null | undefined) => {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

export class MemoryReportStore implements ReportStore {
  constructor(
    private readonly analyses: AnalysisStore,
    private readonly plans: PlanStore,
    private readonly outcomes: OutcomeStore,
  ) {}

  async summarise(portalId: PortalId, options: { now: Date; reminders: number; topPriority: number }): Promise<PortalReportFigures> {
    const analyses = await this.analyses.list(portalId, { limit: Number.MAX_SAFE_INTEGER });
    const plans = await this.plans.listPlans(portalId);
    const winBack = plans.filter((p) => p.kind === 'win_back');
    const byDeal = new Map(analyses.map((a) => [a.dealId, a]));
    const tally = <K extends string, V>(keyOf: (x: V) => K, xs: V[]) => xs.reduce((m, x) => m.set(keyOf(x), (m.get(keyOf(x)) ?? 0) + 1), new Map<K, number>());

    const bySegment = tally((a: StoredAnalysis) => effectiveOf(a).segment, analyses);
    const plansBy = tally((p: (typeof winBack)[number]) => `${p.segment}\u0000${p.status}`, winBack);
    const attribution = new Map<string, { source: Source; controllability: Controllability; pursued: number; reacquired: number }>();
    for (const p of winBack) {
      const a = byDeal.get(p.dealId);
      const source = a ? effectiveOf(a).source : 'unknown';
      const controllability = a ? effectiveOf(a).controllability : 'unknown';
      const row = attribution.get(`${source}/${controllability}`) ?? { source, controllability, pursued: 0, reacquired: 0 };
      row.pursued += 1;
      if (p.status === 'reacquired') row.reacquired += 1;
      attribution.set(`${source}/${controllability}`, row);
    }
    const reminders = await this.upcomingReminders(portalId, plans, options.now, options.reminders);
    const reacquired = await this.reacquisitions(portalId, winBack, byDeal);
    const days = reacquired.filter((r) => r.lostAt).map((r) => Math.max(0, (r.at.getTime() - r.lostAt!.getTime()) / DAY_MS)).sort((x, y) => x - y);
    const mid = days.length / 2;

    const months = new Map<string, { month: string; lost: number; pursued: number; reacquired: number }>();
    const bump = (d: Date | null, field: 'lost' | 'pursued' | 'reacquired') => {
      if (!d) return;
      const month = d.toISOString().slice(0, 7);
      const row = months.get(month) ?? { month, lost: 0, pursued: 0, reacquired: 0 };
      row[field] += 1;
      months.set(month, row);
    };
    for (const a of analyses) if (a.suggested.classification.customerStatus === 'lost_customer') bump(dateOf(a.suggested.timing.closeDate), 'lost');
    for (const p of winBack) bump(p.createdAt, 'pursued');
    for (const r of reacquired) bump(r.at, 'reacquired');

    return {
      analyses: analyses.length,
      analysesBySegment: [...bySegment].map(([segment, count]) => ({ segment, count })),
      internalControllable: analyses.filter((a) => effectiveOf(a).source === 'internal' && effectiveOf(a).controllability === 'controllable').length,
      winBackPlans: [...plansBy].map(([key, count]) => {
        const [segment, status] = key.split('\u0000') as [DefectionSegment, PlanStatus];
        return { segment, status, count };
      }),
      winBackByAttribution: [...attribution.values()],
      upcomingReminders: reminders,
      topPriority: analyses
        .filter((a) => (PRIORITY_RANK[a.suggested.worthiness.priority] ?? 0) > 0)
        .sort((a, b) => PRIORITY_RANK[b.suggested.worthiness.priority]! - PRIORITY_RANK[a.suggested.worthiness.priority]! || b.suggested.worthiness.secondLifetimeValue - a.suggested.worthiness.secondLifetimeValue)
        .slice(0, options.topPriority)
        .map((a) => ({ dealId: a.dealId, segment: effectiveOf(a).segment, priority: a.suggested.worthiness.priority, secondLifetimeValue: a.suggested.worthiness.secondLifetimeValue })),
      daysToReacquire: {
        median: days.length === 0 ? null : days.length % 2 === 1 ? days[Math.floor(mid)]! : (days[mid - 1]! + days[mid]!) / 2,
        mean: days.length === 0 ? null : days.reduce((s, d) => s + d, 0) / days.length,
        count: days.length,
      },
      byMonth: [...months.values()].sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : 0)),
    };
  }

  /**
   * PgReportStore's reminder query over the ports: the reminders (not cancelled) of the portal's active
   * plans due after `after`, by due date then idempotency key, with their plan's deal.
   */
  private async upcomingReminders(portalId: PortalId, plans: StoredPlan[], after: Date, limit: number): Promise<PortalReportFigures['upcomingReminders']> {
    const items = await Promise.all(
      plans.filter((p) => p.status === 'active').map(async (p) => (await this.plans.listItems(portalId, p.id)).map((item) => ({ item, dealId: p.dealId }))),
    );
    return items
      .flat()
      .filter(({ item }) => item.kind === 'reminder' && item.status !== 'cancelled' && item.dueDate.getTime() > after.getTime())
      .sort((a, b) => a.item.dueDate.getTime() - b.item.dueDate.getTime() || a.item.idempotencyKey.localeCompare(b.item.idempotencyKey))
      .slice(0, limit)
      .map(({ item, dealId }) => ({ dealId, title: item.title, dueDate: item.dueDate }));
  }

  /** Tracked reacquisitions, plus the latest win-back plan a rep ended as reacquired for a deal tracking does not know as such. */
  private async reacquisitions(portalId: PortalId, winBack: Awaited<ReturnType<PlanStore['listPlans']>>, byDeal: Map<string, StoredAnalysis>) {
    const out = new Map<string, { at: Date; lostAt: Date | null }>();
    for (const o of await this.outcomes.list(portalId)) if (o.reacquiredAt) out.set(o.dealId, { at: o.reacquiredAt, lostAt: o.lostAt });
    // listPlans is newest first: the first plan seen for a deal is its latest.
    for (const p of winBack) {
      if (p.status !== 'reacquired' || !p.endedAt || out.has(p.dealId)) continue;
      out.set(p.dealId, { at: p.endedAt, lostAt: dateOf(byDeal.get(p.dealId)?.suggested.timing.closeDate) });
    }
    return [...out.values()];
  }
}
