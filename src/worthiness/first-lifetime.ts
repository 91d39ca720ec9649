import type { DealSnapshot } from '../types';

const YEAR_MS = 365.25 * 86_400_000;

export interface FirstLifetime {
  wonDeals: number;
  revenue: number;
  tenureYears: number;
  /** Revenue per year of the first lifetime; for a lost prospect, the lost deal's amount. */
  annualValue: number;
}

/** Summarises the customer's first lifetime from earlier closed-won deals of the same company. */
export function summariseFirstLifetime(snapshot: DealSnapshot): FirstLifetime {
  const closeMs = Date.parse(snapshot.deal.closeDate ?? '');
  const won = (snapshot.company?.closedWonDeals ?? []).filter(
    (d) => d.dealId !== snapshot.deal.dealId && (!Number.isFinite(closeMs) || Date.parse(d.closeDate) <= closeMs),
  );
  const lostAmount = Math.max(0, snapshot.deal.amount ?? 0);
  if (won.length === 0) return { wonDeals: 0, revenue: 0, tenureYears: 0, annualValue: lostAmount };
  const dates = won.map((d) => Date.parse(d.closeDate)).filter(Number.isFinite);
  const first = Math.min(...dates);
  const last = Number.isFinite(closeMs) ? closeMs : Math.max(...dates);
  const tenureYears = Math.max(1, (last - first) / YEAR_MS);
  const revenue = won.reduce((n, d) => n + Math.max(0, d.amount ?? 0), 0);
  return { wonDeals: won.length, revenue, tenureYears, annualValue: Math.max(revenue / tenureYears, lostAmount / 2) };
}
