import { analyseDefection } from '../../src/analyse-defection';
import { buildReacquisitionPlan } from '../../src/plan/build-reacquisition-plan';
import { resolveSettings } from '../../src/settings';
import type { DefectionSegment } from '../../src/types';
import { makeSnapshot } from '../fakes/snapshot-factory';

const NOW = new Date('2026-03-05T09:00:00.000Z');
const settings = resolveSettings();
const REASONS: Record<DefectionSegment, string> = {
  bought_away: 'The competitor was 30% cheaper',
  pulled_away: 'They chose a platform with the integrations we lack',
  unintentionally_pushed_away: 'Repeated outages and unanswered tickets for months',
  moved_away: 'Company was acquired and the parent has a group contract',
  intentionally_pushed_away: 'Unprofitable account, we decided not to renew',
  undetermined: 'No decision',
};
const planFor = (segment: DefectionSegment, s = settings, extra: Parameters<typeof makeSnapshot>[0] = {}) => {
  const analysis = analyseDefection(makeSnapshot({ reason: REASONS[segment], contacts: 3, ...extra }), s, NOW);
  expect(analysis.classification.segment).toBe(segment);
  return { analysis, plan: buildReacquisitionPlan(analysis, s, NOW) };
};

describe('buildReacquisitionPlan (Steps III and IV)', () => {
  it.each<DefectionSegment>(['bought_away', 'pulled_away', 'unintentionally_pushed_away', 'moved_away'])(
    'a %s win-back plan covers all three justice dimensions with a handful of tasks',
    (segment) => {
      const { plan } = planFor(segment);
      expect(plan.kind).toBe('win_back');
      expect(new Set(plan.activities.map((a) => a.justice))).toEqual(new Set(['distributive', 'procedural', 'interactional']));
      expect(plan.activities.length).toBeGreaterThanOrEqual(3);
      expect(plan.activities.length).toBeLessThanOrEqual(settings.plan.maxActivities);
      expect(plan.activeWaiting.length).toBeGreaterThan(0);
      for (const a of plan.activities) {
        expect(Date.parse(a.dueDate)).toBeGreaterThanOrEqual(NOW.getTime());
        expect(a.title).not.toMatch(/\{/);
        expect(a.body).not.toMatch(/\{(evidence|offerDays|questions)\}/);
      }
    },
  );

  it.each<[DefectionSegment, string[]]>([
    ['unintentionally_pushed_away', ['apologize', 'corrective_action', 'make_good', 'prevention_review']],
    ['bought_away', ['check_value', 'time_boxed_offer', 'lock_in_options']],
    ['pulled_away', ['requirement_capture', 'co_creation', 'intelligence_gathering']],
    ['moved_away', ['graceful_close', 'reentry_terms']],
  ])('%s gets its framework activities in order', (segment, codes) => {
    const got = planFor(segment).plan.activities.map((a) => a.code);
    expect(got).toEqual(expect.arrayContaining(codes));
    if (segment === 'unintentionally_pushed_away') expect(got[0]).toBe('apologize');
    if (segment === 'bought_away') expect(got[0]).toBe('check_value');
  });

  it('gives an intentionally pushed away customer an exit plan: no win-back tasks, no active waiting', () => {
    const { plan } = planFor('intentionally_pushed_away');
    expect(plan.kind).toBe('exit');
    expect(plan.activeWaiting).toEqual([]);
    expect(plan.activities.map((a) => a.code)).toEqual(['dignified_exit', 'refer_supplier', 'transition_support', 'record_exit']);
  });

  it('asks the rep to confirm the reason when undetermined', () => {
    const { plan } = planFor('undetermined');
    expect(plan.kind).toBe('review');
    expect(plan.activities[0]!.code).toBe('confirm_defection_reason');
    expect(plan.activities[0]!.body).toMatch(/lower price/);
  });

  it('explains why in terms of the evidence, and time-boxes offers', () => {
    const { plan } = planFor('bought_away');
    expect(plan.activities.find((a) => a.code === 'check_value')!.body).toContain('30% cheaper');
    expect(plan.activities.find((a) => a.code === 'time_boxed_offer')!.body).toContain(`${settings.plan.offerValidDays} days`);
  });

  it('has stable, unique idempotency keys', () => {
    const first = planFor('unintentionally_pushed_away').plan;
    const again = planFor('unintentionally_pushed_away').plan;
    const keys = [...first.activities, ...first.activeWaiting].map((i) => i.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(again).toEqual(first);
  });

  it('honours settings: disabled activities and the activity cap', () => {
    const tuned = resolveSettings({ plan: { disabledActivities: ['make_good'], maxActivities: 2 } });
    const { plan } = planFor('unintentionally_pushed_away', tuned);
    expect(plan.activities.map((a) => a.code)).toEqual(['apologize', 'corrective_action']);
  });

  it('times active waiting before a known competitor contract end', () => {
    const { plan } = planFor('bought_away', settings, { company: { competitorContractEndDate: '2027-06-30T00:00:00.000Z' } });
    const contractReminders = plan.activeWaiting.filter((r) => /contract with the new supplier ends/.test(r.purpose));
    expect(contractReminders.length).toBeGreaterThan(0);
    expect(Date.parse(contractReminders[0]!.dueDate)).toBeLessThan(Date.parse('2027-06-30T00:00:00.000Z'));
    const dates = plan.activeWaiting.map((r) => Date.parse(r.dueDate));
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
  });

  it('times a reminder to the buying cycle seen in the first lifetime', () => {
    const { plan } = planFor('moved_away');
    expect(plan.activeWaiting.some((r) => /buying cycle \(about every 12 months\)/.test(r.purpose))).toBe(true);
  });

  it('uses the per-segment cadence from settings', () => {
    const tuned = resolveSettings({ activeWaiting: { cadenceDays: { moved_away: [400] } } });
    const { plan } = planFor('moved_away', tuned, { company: { closedWonDeals: [] } });
    expect(plan.activeWaiting).toHaveLength(1);
    expect(plan.activeWaiting[0]!.dueDate).toBe(new Date(NOW.getTime() + 400 * 86_400_000).toISOString());
  });
});

describe('assessWorthiness', () => {
  it('gives no priority to a customer we chose to lose', () => {
    expect(planFor('intentionally_pushed_away').analysis.worthiness.priority).toBe('none');
  });

  it('ranks a long, valuable customer above a small lost prospect', () => {
    const big = planFor('bought_away', settings, {
      company: {
        employees: 5000,
        closedWonDeals: [2021, 2022, 2023, 2024, 2025].map((y) => ({ dealId: `w${y}`, amount: 120_000, closeDate: `${y}-02-01T00:00:00.000Z` })),
      },
    }).analysis.worthiness;
    const small = planFor('bought_away', settings, { amount: 3_000, company: { closedWonDeals: [] } }).analysis.worthiness;
    expect(big.priority).toBe('high');
    expect(['low', 'none']).toContain(small.priority);
    expect(big.secondLifetimeValue).toBeGreaterThan(small.secondLifetimeValue);
    expect(big.easeOfReacquisition).toBeGreaterThan(small.easeOfReacquisition);
  });

  it('rates moved-away customers hard to win back now', () => {
    const w = planFor('moved_away').analysis.worthiness;
    expect(w.easeOfReacquisition).toBeLessThan(0.4);
    expect(w.returnProbability).toBeLessThan(0.25);
  });
});
