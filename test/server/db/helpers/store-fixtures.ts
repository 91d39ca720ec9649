/** Small factories for store tests, with sensible defaults and unique ids (so tests can share a database). */
import { randomUUID } from 'node:crypto';
import { analyseDefection } from '../../../../src/analyse-defection';
import { DEFAULT_SETTINGS } from '../../../../src/settings';
import type { Controllability, DefectionAnalysis, Priority, Source } from '../../../../src/types';
import type { AnalysisConfirmation, Installation, PlanItemInput, PlanStore, PortalSettings } from '../../../../server/db/ports';
import { makeSnapshot } from '../../../fakes/snapshot-factory';

export const T0 = new Date('2026-03-02T09:00:00.000Z');
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

let counter = 0;
/** A portal id no other test uses. */
export const newPortalId = () => `p-${process.pid}-${Date.now().toString(36)}-${++counter}`;
export const newDealId = () => `deal-${++counter}-${randomUUID().slice(0, 8)}`;

export function anInstallation(portalId: string, overrides: Partial<Installation> = {}): Installation {
  return {
    portalId,
    accessToken: `access-${randomUUID()}`,
    refreshToken: `refresh-${randomUUID()}`,
    expiresAt: at(30),
    scopes: ['oauth', 'crm.objects.deals.read'],
    status: 'active',
    hubDomain: `${portalId}.example.com`,
    installedAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A real analysis from the core: a customer lost to a cheaper competitor. */
export function anAnalysis(dealId: string, reason = 'Went with a cheaper competitor, Acmetrix'): DefectionAnalysis {
  const snapshot = makeSnapshot({ reason });
  return analyseDefection({ ...snapshot, deal: { ...snapshot.deal, dealId } }, DEFAULT_SETTINGS, T0);
}

/** anAnalysis with the figures the reports read set by hand (segment, attribution, worthiness, close date). */
export function anAnalysisWith(
  dealId: string,
  over: {
    segment: DefectionAnalysis['classification']['segment'];
    source: Source;
    controllability: Controllability;
    priority: Priority;
    secondLifetimeValue: number;
    closeDate?: string | null;
    customerStatus?: DefectionAnalysis['classification']['customerStatus'];
  },
): DefectionAnalysis {
  const base = anAnalysis(dealId);
  return {
    ...base,
    classification: { ...base.classification, segment: over.segment, customerStatus: over.customerStatus ?? 'lost_customer' },
    attribution: { ...base.attribution, source: { value: over.source, reason: 'set' }, controllability: { value: over.controllability, reason: 'set' } },
    worthiness: { ...base.worthiness, priority: over.priority, secondLifetimeValue: over.secondLifetimeValue },
    timing: { ...base.timing, closeDate: over.closeDate === undefined ? base.timing.closeDate : over.closeDate },
  };
}

export const aConfirmation = (overrides: Partial<AnalysisConfirmation> = {}): AnalysisConfirmation => ({
  segment: 'pulled_away',
  source: 'external',
  stability: 'stable',
  controllability: 'uncontrollable',
  ...overrides,
});

export function planItems(dealId: string, count = 3, tag = 'a'): PlanItemInput[] {
  return Array.from({ length: count }, (_, i) => ({
    idempotencyKey: `regain:${dealId}:${tag}:${i + 1}`,
    kind: i === count - 1 ? 'reminder' : 'activity',
    code: i === count - 1 ? 'active_waiting' : `activity_${i + 1}`,
    title: `Step ${i + 1}`,
    body: `Do step ${i + 1}`,
    dueDate: at(60 * 24 * (i + 1)),
    priority: i === 0 ? 'HIGH' : 'MEDIUM',
    justice: i === count - 1 ? null : 'interactional',
    ownerRole: i === count - 1 ? null : 'deal_owner',
    ownerId: i === 0 ? '42' : null,
  }));
}

export function aPlan(portalId: string, dealId: string, overrides: Partial<Parameters<PlanStore['createPlan']>[0]> = {}): Parameters<PlanStore['createPlan']>[0] {
  return { portalId, dealId, kind: 'win_back', segment: 'bought_away', summary: 'Win them back', createdBy: 'rep-1', items: planItems(dealId), now: T0, ...overrides };
}

export const someSettings = (threshold = 0.7): PortalSettings => ({
  core: { classification: { minConfidence: 0.5 }, vocabulary: { competitors: ['Acmetrix'] } },
  automation: { mode: 'create_plan', confidenceThreshold: threshold, taskOwner: { rule: 'fixed_owner', ownerId: '7' } },
});
