import type { RegainSettings } from '../settings';
import type { DefectionAnalysis, PlanActivity, PlanKind, ReacquisitionPlan } from '../types';
import { ACTIVITIES, type ActivitySpec } from './activity-catalog';
import { scheduleActiveWaiting } from './schedule-active-waiting';

const DAY_MS = 86_400_000;

const REVIEW_PRICE_INCREASE: ActivitySpec = {
  code: 'review_price_increase',
  step: 'III',
  justice: 'procedural',
  ownerRole: 'sales_manager',
  dueInDays: 7,
  priority: 'MEDIUM',
  title: 'Review the price increase that drove them away',
  body: 'Our own price change caused this loss: check how many accounts it put at risk and how increases are communicated.',
};

/** The stable key of a plan item: replaying the same plan never creates it twice. */
export const planItemKey = (dealId: string, segment: string, code: string) => `regain:${dealId}:${segment}:${code}`;

/**
 * Steps III and IV: turns a defection analysis into a plan of activities (each tagged with its
 * justice dimension, owner role, due date and idempotency key) plus an active-waiting schedule.
 * Returns values only; writing them to the CRM is the caller's job.
 */
export function buildReacquisitionPlan(analysis: DefectionAnalysis, settings: RegainSettings, now: Date): ReacquisitionPlan {
  const segment = analysis.classification.segment;
  const kind: PlanKind = segment === 'intentionally_pushed_away' ? 'exit' : segment === 'undetermined' ? 'review' : 'win_back';
  const specs = selectActivities(analysis, settings, kind);
  const activities = specs.map((spec) => toActivity(spec, analysis, settings, now));
  const activeWaiting = kind === 'exit' ? [] : scheduleActiveWaiting(analysis, settings, now);
  return { dealId: analysis.dealId, kind, segment, activities, activeWaiting, summary: summarise(analysis, kind, activities.length, activeWaiting.length) };
}

function selectActivities(analysis: DefectionAnalysis, settings: RegainSettings, kind: PlanKind): ActivitySpec[] {
  const segment = analysis.classification.segment;
  let specs = [...ACTIVITIES[segment]];
  if (segment === 'bought_away' && analysis.attribution.source.value === 'internal') specs.splice(1, 0, REVIEW_PRICE_INCREASE);
  specs = specs.filter((s) => !settings.plan.disabledActivities.includes(s.code));
  // Avoid task fatigue: a low-priority win-back gets only its first, most important steps.
  const priority = analysis.worthiness.priority;
  const cap = kind === 'win_back' && (priority === 'low' || priority === 'none') ? Math.min(3, settings.plan.maxActivities) : settings.plan.maxActivities;
  return keepJusticeCoverage(specs, cap);
}

/**
 * Takes at most `cap` activities in their order, but never drops a justice dimension (Step IV: every
 * plan covers the offer, the process and the people) while the cap leaves room for it.
 */
function keepJusticeCoverage(specs: ActivitySpec[], cap: number): ActivitySpec[] {
  const chosen = new Set<ActivitySpec>();
  for (const spec of specs) {
    if (chosen.size >= cap) break;
    if (![...chosen].some((c) => c.justice === spec.justice)) chosen.add(spec);
  }
  for (const spec of specs) if (chosen.size < cap) chosen.add(spec);
  return specs.filter((s) => chosen.has(s));
}

function toActivity(spec: ActivitySpec, analysis: DefectionAnalysis, settings: RegainSettings, now: Date): PlanActivity {
  const strongest = analysis.classification.evidence.find((e) => e.weight > 0 && e.segment === analysis.classification.segment);
  const evidence = strongest ? `"${strongest.excerpt}"` : 'see the defection analysis';
  const questions = analysis.classification.questions.join(' ') || 'what drove the decision?';
  const lowWorth = analysis.worthiness.priority === 'low' || analysis.worthiness.priority === 'none';
  const due = new Date(now.getTime() + (settings.plan.firstDueInDays + spec.dueInDays) * DAY_MS);
  return {
    idempotencyKey: planItemKey(analysis.dealId, analysis.classification.segment, spec.code),
    code: spec.code,
    step: spec.step,
    justice: spec.justice,
    title: spec.title,
    body: spec.body
      .replace('{evidence}', evidence)
      .replace('{offerDays}', String(settings.plan.offerValidDays))
      .replace('{questions}', questions),
    ownerRole: spec.ownerRole,
    dueDate: due.toISOString(),
    priority: lowWorth && spec.priority === 'HIGH' && analysis.classification.segment !== 'intentionally_pushed_away' ? 'MEDIUM' : spec.priority,
  };
}

function summarise(analysis: DefectionAnalysis, kind: PlanKind, activities: number, reminders: number): string {
  const segment = analysis.classification.segment.replace(/_/g, ' ');
  if (kind === 'exit') return `Exit plan for an intentionally pushed away customer: ${activities} activities, no win-back.`;
  if (kind === 'review') return `Defection reason undetermined: ${activities} activities to find out why, ${reminders} follow-up reminder(s).`;
  return `Win-back plan for a ${segment} ${analysis.classification.customerStatus.replace('_', ' ')} (priority ${analysis.worthiness.priority}): ${activities} activities, ${reminders} active-waiting reminder(s).`;
}
