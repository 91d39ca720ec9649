/**
 * The backfill form and progress, as pure functions: the close-date window the admin picked, its
 * checks, the POST /api/v1/backfill body, and how a run's figures read.
 */
import type { BackfillPlans, BackfillRunView, StartBackfillRequest } from '../../../src/api/card-api';

/** DateInput's value: `month` is 0-based. */
export interface DayValue {
  year: number;
  month: number;
  date: number;
}

export interface BackfillForm {
  since: DayValue | null;
  until: DayValue | null;
  plans: BackfillPlans;
  dryRun: boolean;
}

export type BackfillErrors = Partial<Record<'since' | 'until', string>>;

/** Analyses only, for every closed-lost deal, written for real: the least surprising first run. */
export const INITIAL_BACKFILL_FORM: BackfillForm = { since: null, until: null, plans: 'none', dryRun: false };

export const PLAN_OPTIONS: Array<{ label: string; value: BackfillPlans }> = [
  { label: 'No plans: write the defection analyses only', value: 'none' },
  { label: 'Plans for high-priority lost customers only', value: 'high' },
  { label: 'Plans for every lost customer worth pursuing', value: 'all' },
];

/** `{ year: 2026, month: 0, date: 5 }` → `2026-01-05`. */
export function toIsoDay(d: DayValue): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month + 1).padStart(2, '0')}-${String(d.date).padStart(2, '0')}`;
}

export function dayOf(date: Date): DayValue {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), date: date.getUTCDate() };
}

/** DateInput may hand back a cleared value (null, or an object without a year). */
export function toDayValue(value: unknown): DayValue | null {
  const v = value as Partial<DayValue> | null | undefined;
  return v && typeof v.year === 'number' && typeof v.month === 'number' && typeof v.date === 'number' ? { year: v.year, month: v.month, date: v.date } : null;
}

export function validateBackfill(form: BackfillForm, today: DayValue): BackfillErrors {
  const errors: BackfillErrors = {};
  const since = form.since && toIsoDay(form.since);
  const until = form.until && toIsoDay(form.until);
  if (since && since > toIsoDay(today)) errors.since = 'The start date is in the future: no deal has closed then yet.';
  if (since && until && since > until) errors.until = 'The end date must be on or after the start date.';
  return errors;
}

export type BackfillBuild = { ok: true; request: StartBackfillRequest } | { ok: false; errors: BackfillErrors };

/** The POST body: the window only when set (both ends inclusive), plans and dry run always explicit. */
export function buildBackfillRequest(form: BackfillForm, today: DayValue): BackfillBuild {
  const errors = validateBackfill(form, today);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      ...(form.since ? { since: toIsoDay(form.since) } : {}),
      ...(form.until ? { until: toIsoDay(form.until) } : {}),
      plans: form.plans,
      dryRun: form.dryRun,
    },
  };
}

/** Still going: keep polling and keep the start button off. */
export function isRunActive(run: BackfillRunView | null | undefined): boolean {
  return run?.status === 'queued' || run?.status === 'running';
}

export const RUN_STATUS_LABELS: Record<BackfillRunView['status'], string> = {
  queued: 'Queued',
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export function statusVariant(status: BackfillRunView['status']): 'info' | 'success' | 'danger' | 'warning' {
  if (status === 'completed') return 'success';
  if (status === 'failed') return 'danger';
  if (status === 'cancelled') return 'warning';
  return 'info';
}

/** 0.25 → "0.3 deals/s"; 12 → "12 deals/s"; null → "—". */
export function formatRate(perSecond: number | null): string {
  if (perSecond === null || !Number.isFinite(perSecond)) return '—';
  return `${perSecond >= 10 ? Math.round(perSecond) : Math.round(perSecond * 10) / 10} deals/s`;
}

/** 45 → "45 s"; 200 → "3 min 20 s"; 7300 → "2 h 2 min"; null → "—". */
export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const minutes = Math.round((s % 3600) / 60);
  return `${Math.floor(s / 3600)} h${minutes ? ` ${minutes} min` : ''}`;
}
