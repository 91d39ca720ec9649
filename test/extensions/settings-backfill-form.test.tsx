/** The backfill form's pure helpers: the window, the request, and how a run's figures read. */
import {
  buildBackfillRequest,
  formatEta,
  formatRate,
  INITIAL_BACKFILL_FORM,
  isRunActive,
  toDayValue,
  toIsoDay,
} from '../../extensions/app/settings/backfill-form';
import { backfillRun } from './settings-fixtures';

const today = { year: 2026, month: 11, date: 1 };

describe('backfill form', () => {
  it('writes DateInput values (0-based months) as ISO days', () => {
    expect(toIsoDay({ year: 2026, month: 0, date: 5 })).toBe('2026-01-05');
    expect(toIsoDay({ year: 2025, month: 11, date: 31 })).toBe('2025-12-31');
  });

  it('reads a cleared DateInput as no date', () => {
    expect(toDayValue(null)).toBeNull();
    expect(toDayValue({ formattedDate: '' })).toBeNull();
    expect(toDayValue({ year: 2026, month: 2, date: 1, formattedDate: '2026-03-01' })).toEqual({ year: 2026, month: 2, date: 1 });
  });

  it('accepts a one-day window and today as the start', () => {
    const day = { year: 2026, month: 11, date: 1 };
    expect(buildBackfillRequest({ ...INITIAL_BACKFILL_FORM, since: day, until: day }, today)).toEqual({
      ok: true,
      request: { since: '2026-12-01', until: '2026-12-01', plans: 'none', dryRun: false },
    });
  });

  it.each([
    [null, 0],
    [0.04, 0],
    [0.25, 0.3],
    [2.04, 2],
    [12.6, 13],
  ])('rate %p deals/s', (rate, shown) => {
    expect(formatRate(rate)).toBe(rate === null ? '—' : `${shown} deals/s`);
  });

  it.each([
    [null, '—'],
    [-1, '—'],
    [0, '0 s'],
    [45, '45 s'],
    [120, '2 min'],
    [200, '3 min 20 s'],
    [3600, '1 h'],
    [7300, '2 h 2 min'],
  ])('ETA %p s reads %p', (seconds, text) => {
    expect(formatEta(seconds)).toBe(text);
  });

  it.each([
    ['queued', true],
    ['running', true],
    ['completed', false],
    ['failed', false],
    ['cancelled', false],
  ] as const)('a %s run is active: %p', (status, active) => {
    expect(isRunActive(backfillRun({ status }))).toBe(active);
  });
});
