/**
 * Words and small formatters only the deal card needs (the shared ones live in `../shared/labels`),
 * plus turning anything thrown into a RegainApiError the card can show.
 */
import type { PlanItemView, PlanStatusValue, StageOutcome } from '../../../src/api/card-api';
import type { EvidenceSource, PlanKind } from '../../../src/types';
import { RegainApiError } from '../shared/regain-api';
import { OWNER_ROLE_LABELS } from '../shared/labels';

export const EVIDENCE_SOURCE_LABELS: Record<EvidenceSource, string> = {
  lost_reason: 'Lost reason',
  note: 'Note',
  ticket: 'Ticket',
  history: 'Deal history',
  vocabulary: 'Wording',
};

export const PLAN_STATUS_LABELS: Record<PlanStatusValue, string> = { active: 'Active', paused: 'Paused', stopped: 'Stopped', reacquired: 'Won back' };

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  win_back: 'Win-back plan',
  exit: 'Exit plan (no win-back)',
  review: 'Review plan',
};

export const STAGE_LABELS: Record<StageOutcome, string> = {
  open: 'This deal is still open.',
  closed_won: 'This deal is closed won.',
  closed_lost: 'This deal is closed lost.',
  unknown: 'This deal is not closed lost.',
};

export const ITEM_STATUS_LABELS: Record<PlanItemView['status'], string> = {
  pending: 'Waiting to be written',
  written: 'Task in HubSpot',
  failed: 'Could not be written',
  cancelled: 'Cancelled',
};

/** `48000` → `48,000` (the deal's currency is not known to the card). */
export function formatAmount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** "Deal owner (owner 77)" or "Deal owner (no owner yet)". */
export function ownerText(item: Pick<PlanItemView, 'ownerRole' | 'ownerId'>): string {
  const role = item.ownerRole ? OWNER_ROLE_LABELS[item.ownerRole] : 'Unassigned';
  return item.ownerId ? `${role} (HubSpot owner ${item.ownerId})` : `${role} (no owner yet)`;
}

/** Anything a call threw, as the typed error the card renders (unexpected ones count as retryable). */
export function asApiError(err: unknown): RegainApiError {
  if (err instanceof RegainApiError) return err;
  return new RegainApiError('Something went wrong in the card. Try again.', 0, 'unexpected');
}
