import { stageOutcome } from '../crm/pipelines';
import type { ObjectType } from '../crm/object-types';
import { insertRecord } from '../crm/records';
import type { Portal } from '../portal';
import { Prng } from '../prng';
import { REP_NAMES } from './vocabulary';
import type { SeedSpec } from './types';

export const DAY_MS = 86_400_000;
/** Default reference "today" of generated data: 2025-06-01. */
export const DEFAULT_SEED_NOW = Date.UTC(2025, 5, 1);

/** The numbers a seed run works from. */
export interface SeedPlan {
  closedLostDeals: number;
  openDeals: number;
  seed: number;
  now: number;
  /** Companies may lose several deals (other product lines): up to this many... */
  maxLossesPerCompany: number;
  /** ...each further one with this chance. */
  extraLossChance: number;
}

/** Turns a SeedSpec into a plan ("demo": a dozen companies, 30 closed-lost deals, 4 open ones). */
export function planFromSpec(spec: SeedSpec): SeedPlan {
  if (spec === 'demo') {
    return { closedLostDeals: 30, openDeals: 4, seed: 2025, now: DEFAULT_SEED_NOW, maxLossesPerCompany: 4, extraLossChance: 0.7 };
  }
  const n = Math.floor(spec.closedLostDeals);
  if (!Number.isFinite(n) || n < 0 || n > 100_000) throw new RangeError(`closedLostDeals must be 0..100000, got ${spec.closedLostDeals}`);
  const openDeals = spec.openDeals ?? Math.min(5, Math.max(1, Math.ceil(n / 10)));
  // Large portals group some losses per company, which also keeps memory down.
  const grouping = n > 1000 ? { maxLossesPerCompany: 2, extraLossChance: 0.35 } : { maxLossesPerCompany: 1, extraLossChance: 0 };
  return { closedLostDeals: n, openDeals, seed: spec.seed ?? 1, now: spec.now ?? DEFAULT_SEED_NOW, ...grouping };
}

/** Stage ids of one deal pipeline, found through metadata. */
export interface StageSet {
  pipelineId: string;
  lost: string;
  won: string;
  open: string[];
}

/** Shared state of one seed run: the PRNG, the portal, owners and pipelines. */
export class SeedContext {
  readonly prng: Prng;
  readonly ownerIds: string[];
  readonly stages: StageSet[];
  readonly counts: Record<ObjectType, number> = { contacts: 0, companies: 0, deals: 0, tickets: 0, notes: 0, tasks: 0 };

  constructor(readonly portal: Portal, readonly plan: SeedPlan) {
    this.prng = new Prng(plan.seed);
    this.ownerIds = createOwners(portal, Math.min(REP_NAMES.length, Math.max(4, Math.ceil(plan.closedLostDeals / 500))));
    this.stages = stageSets(portal);
  }

  /** Inserts a record (no validation: the generator only writes valid values). */
  create(type: ObjectType, props: Record<string, string | null>): string {
    this.counts[type]++;
    return insertRecord(this.portal, type, props, this.plan.now).id;
  }

  /** Associates two records with one or more type ids. */
  link(from: ObjectType, fromId: string, to: ObjectType, toId: string, ...typeIds: number[]): void {
    for (const typeId of typeIds) this.portal.associations.add(from, fromId, to, toId, typeId);
  }

  /** An ISO date `days` before the reference day, plus some hours. */
  daysAgo(days: number): number {
    return this.plan.now - days * DAY_MS + this.prng.int(8, 17) * 3_600_000;
  }
}

function createOwners(portal: Portal, count: number): string[] {
  const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return REP_NAMES.slice(0, count).map(([first, last]) =>
    portal.addOwner({ firstName: first, lastName: last, email: `${ascii(first)}.${ascii(last)}@${portal.domain}` }).id);
}

function stageSets(portal: Portal): StageSet[] {
  return portal.pipelines.deals.flatMap((p) => {
    const lost = p.stages.find((s) => stageOutcome(s) === 'closed_lost');
    const won = p.stages.find((s) => stageOutcome(s) === 'closed_won');
    const open = p.stages.filter((s) => stageOutcome(s) === 'open').map((s) => s.id);
    return lost && won && open.length ? [{ pipelineId: p.id, lost: lost.id, won: won.id, open }] : [];
  });
}
