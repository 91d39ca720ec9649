/**
 * Steps III and IV on the card: the preview grouped the way the rep reads it, and the rep's
 * include/due-date edits turned into the `activities` the backend accepts.
 */
import type { ActivityChoice, PlanPreviewResponse } from '../../../src/api/card-api';
import type { JusticeDimension } from '../../../src/types';

export type PreviewItem = PlanPreviewResponse['items'][number];

/** The order the card shows the three justice dimensions in (Step IV). */
export const JUSTICE_ORDER: readonly JusticeDimension[] = ['distributive', 'procedural', 'interactional'];

export interface GroupedPlan {
  byJustice: Array<{ justice: JusticeDimension; items: PreviewItem[] }>;
  /** Activities the backend sent without a justice dimension. */
  other: PreviewItem[];
  /** The active-waiting schedule. */
  reminders: PreviewItem[];
}

/**
 * Activities by justice dimension (empty dimensions left out); reminders always go to the
 * active-waiting schedule, whatever their `justice` (the backend tags them `interactional`).
 */
export function groupPlanItems(items: readonly PreviewItem[]): GroupedPlan {
  const activities = items.filter((i) => i.kind === 'activity');
  return {
    byJustice: JUSTICE_ORDER.map((justice) => ({ justice, items: activities.filter((i) => i.justice === justice) })).filter((g) => g.items.length > 0),
    other: activities.filter((i) => i.justice === null),
    reminders: items.filter((i) => i.kind === 'reminder'),
  };
}

/** The rep's edit of one activity, by activity code. */
export type ActivityEdits = Record<string, { include?: boolean; dueDate?: string }>;

export const isIncluded = (edits: ActivityEdits, code: string): boolean => edits[code]?.include !== false;

export const dueDateOf = (edits: ActivityEdits, item: PreviewItem): string => edits[item.code]?.dueDate ?? item.dueDate;

/**
 * One choice per activity (reminders are not choices: the backend rejects their codes), with a due
 * date only where the rep moved it.
 */
export function toActivityChoices(items: readonly PreviewItem[], edits: ActivityEdits): ActivityChoice[] {
  return items
    .filter((i) => i.kind === 'activity')
    .map((i) => {
      const dueDate = edits[i.code]?.dueDate;
      return { code: i.code, include: isIncluded(edits, i.code), ...(dueDate && dueDate !== i.dueDate ? { dueDate } : {}) };
    });
}

/** How many tasks the plan would write with these edits (included activities plus reminders). */
export function countPlannedTasks(items: readonly PreviewItem[], edits: ActivityEdits): number {
  return items.filter((i) => i.kind === 'reminder' || isIncluded(edits, i.code)).length;
}
