import type { RegainSettings } from '../settings';
import type { ActiveWaitingReminder, DefectionAnalysis, DefectionSegment } from '../types';

const DAY_MS = 86_400_000;
/** Two reminders closer than this are one reminder. */
const MIN_GAP_DAYS = 14;

const PURPOSE: Record<DefectionSegment, string> = {
  bought_away: 'Check in: is the cheaper supplier delivering? Stay in the consideration set for their next purchase.',
  pulled_away: 'Share what is new on the gap they left for, and ask how the new solution is working out.',
  unintentionally_pushed_away: 'Show what we fixed since they left, and ask how the new supplier is doing.',
  moved_away: 'Stay in touch: has the need come back (out-sourcing again, a new site, a new owner)?',
  intentionally_pushed_away: '',
  undetermined: 'Follow up: learn why they left and whether the door is open.',
};

interface Candidate {
  at: number;
  purpose: string;
}

/**
 * Step III, active waiting: follow-up reminders timed to the customer's next buying cycle: before a
 * known competitor contract end, at the anniversary of their usual purchase cycle, and on the
 * per-segment cadence from settings. Dates in the past are dropped.
 */
export function scheduleActiveWaiting(analysis: DefectionAnalysis, settings: RegainSettings, now: Date): ActiveWaitingReminder[] {
  const segment = analysis.classification.segment;
  if (segment === 'intentionally_pushed_away') return [];
  const { timing } = analysis;
  const start = now.getTime();
  const candidates: Candidate[] = [];

  const contractEnd = Date.parse(timing.competitorContractEndDate ?? '');
  if (Number.isFinite(contractEnd) && contractEnd > start) {
    for (const days of settings.activeWaiting.daysBeforeContractEnd) {
      candidates.push({ at: contractEnd - days * DAY_MS, purpose: `Their contract with the new supplier ends in ${days} days: re-approach before they renew.` });
    }
  }
  const lastPurchase = Date.parse(timing.lastPurchaseDate ?? '');
  if (timing.buyingCycleDays && Number.isFinite(lastPurchase)) {
    const cycleMs = timing.buyingCycleDays * DAY_MS;
    let next = lastPurchase + cycleMs;
    while (next - 45 * DAY_MS <= start) next += cycleMs;
    candidates.push({ at: next - 45 * DAY_MS, purpose: `Their buying cycle (about every ${Math.round(timing.buyingCycleDays / 30)} months) comes around: be in the consideration set.` });
  }
  for (const days of settings.activeWaiting.cadenceDays[segment] ?? []) {
    candidates.push({ at: start + days * DAY_MS, purpose: PURPOSE[segment] });
  }

  const chosen: Candidate[] = [];
  for (const c of candidates.filter((c) => c.at > start).sort((a, b) => a.at - b.at)) {
    const last = chosen[chosen.length - 1];
    if (last && c.at - last.at < MIN_GAP_DAYS * DAY_MS) continue;
    chosen.push(c);
  }
  return chosen.slice(0, settings.activeWaiting.maxReminders).map((c, i) => ({
    idempotencyKey: `regain:${analysis.dealId}:${segment}:active_waiting:${i + 1}`,
    dueDate: new Date(c.at).toISOString(),
    purpose: c.purpose,
    sequence: i + 1,
  }));
}
