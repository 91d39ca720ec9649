/**
 * Outcome tracking figures (the reacquisition ratio over time): win-back plans by how they ended, the
 * ratio by attribution (Step II source × controllability), days from loss to reacquisition, and per month
 * customers lost, plans started and customers won back. Pure: the caller loads the rows.
 */
import type { OutcomeReport } from '../../src/api/card-api';
import type { Controllability, DefectionAnalysis, Source } from '../../src/types';
import type { LostCustomerOutcome, StoredPlan } from '../db/ports';

const DAY_MS = 86_400_000;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const monthOf = (d: Date) => d.toISOString().slice(0, 7);

export function summariseOutcomes(input: { plans: StoredPlan[]; analyses: Array<{ dealId: string; analysis: DefectionAnalysis }>; outcomes: LostCustomerOutcome[] }): OutcomeReport {
  const winBack = input.plans.filter((p) => p.kind === 'win_back');
  const byDeal = new Map(input.analyses.map((a) => [a.dealId, a.analysis]));
  const count = (s: StoredPlan['status']) => winBack.filter((p) => p.status === s).length;

  // 1. Ratio by attribution: each pursued plan under the attribution of its deal's analysis.
  const attribution = new Map<string, { source: Source; controllability: Controllability; pursued: number; reacquired: number }>();
  for (const p of winBack) {
    const a = byDeal.get(p.dealId)?.attribution;
    const source = a?.source.value ?? 'unknown';
    const controllability = a?.controllability.value ?? 'unknown';
    const key = `${source}/${controllability}`;
    const row = attribution.get(key) ?? { source, controllability, pursued: 0, reacquired: 0 };
    row.pursued += 1;
    if (p.status === 'reacquired') row.reacquired += 1;
    attribution.set(key, row);
  }

  // 2. Reacquisitions: the tracked ones, plus plans a rep marked won back before tracking existed.
  const reacquired = new Map<string, { at: Date; lostAt: Date | null }>();
  for (const o of input.outcomes) if (o.reacquiredAt) reacquired.set(o.dealId, { at: o.reacquiredAt, lostAt: o.lostAt });
  for (const p of winBack) {
    if (p.status !== 'reacquired' || reacquired.has(p.dealId) || !p.endedAt) continue;
    const close = byDeal.get(p.dealId)?.timing.closeDate;
    reacquired.set(p.dealId, { at: p.endedAt, lostAt: close ? new Date(close) : null });
  }
  const days = [...reacquired.values()]
    .filter((r) => r.lostAt)
    .map((r) => Math.max(0, (r.at.getTime() - r.lostAt!.getTime()) / DAY_MS))
    .sort((a, b) => a - b);
  const median = days.length === 0 ? null : days.length % 2 === 1 ? days[(days.length - 1) / 2]! : (days[days.length / 2 - 1]! + days[days.length / 2]!) / 2;

  // 3. By month: lost customers by close date, plans by start, reacquisitions by date.
  const months = new Map<string, { month: string; lost: number; pursued: number; reacquired: number }>();
  const bump = (d: Date | null, field: 'lost' | 'pursued' | 'reacquired') => {
    if (!d || Number.isNaN(d.getTime())) return;
    const m = monthOf(d);
    const row = months.get(m) ?? { month: m, lost: 0, pursued: 0, reacquired: 0 };
    row[field] += 1;
    months.set(m, row);
  };
  for (const { analysis } of input.analyses) {
    if (analysis.classification.customerStatus === 'lost_customer' && analysis.timing.closeDate) bump(new Date(analysis.timing.closeDate), 'lost');
  }
  for (const p of winBack) bump(p.createdAt, 'pursued');
  for (const r of reacquired.values()) bump(r.at, 'reacquired');

  return {
    plans: { pursued: winBack.length, active: count('active'), paused: count('paused'), reacquired: count('reacquired'), stopped: count('stopped') },
    reacquisitionRatioByAttribution: [...attribution.values()]
      .sort((a, b) => b.pursued - a.pursued || `${a.source}/${a.controllability}`.localeCompare(`${b.source}/${b.controllability}`))
      .map((r) => ({ ...r, ratio: r.pursued === 0 ? 0 : round3(r.reacquired / r.pursued) })),
    daysToReacquire: {
      median: median === null ? null : Math.round(median * 10) / 10,
      mean: days.length === 0 ? null : Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10,
      count: days.length,
    },
    byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
  };
}
