/**
 * Which deal stages are closed lost, from pipeline stage metadata, never from ids or labels (portals
 * relabel stages: a stage with id "closedwon" can be labelled "Lost"). HubSpot sends metadata values as
 * strings: `{"isClosed": "true", "probability": "0.0"}`.
 */
import type { HubSpotPort } from './port/hubspot-port';

type PipelineReader = Pick<HubSpotPort, 'portalId' | 'dealPipelines'>;

export type StageOutcome = 'closed_lost' | 'closed_won' | 'open' | 'unknown';

export interface StageInfo {
  pipelineId: string;
  stageId: string;
  label: string;
  outcome: Exclude<StageOutcome, 'unknown'>;
}

interface RawStage {
  id: string;
  label: string;
  metadata?: Record<string, unknown>;
}

/** Classifies one stage by its metadata. */
export function outcomeOfStage(stage: RawStage): Exclude<StageOutcome, 'unknown'> {
  const meta = stage.metadata ?? {};
  const closed = String(meta.isClosed).toLowerCase() === 'true';
  const probability = Number.parseFloat(String(meta.probability ?? ''));
  if (!closed) return 'open';
  if (probability === 0) return 'closed_lost';
  if (probability === 1) return 'closed_won';
  return 'open';
}

export class StageIndex {
  constructor(private readonly stages: Map<string, StageInfo>) {}

  static from(pipelines: Array<{ id: string; stages: RawStage[] }>): StageIndex {
    const map = new Map<string, StageInfo>();
    for (const p of pipelines) {
      for (const s of p.stages) map.set(`${p.id}/${s.id}`, { pipelineId: p.id, stageId: s.id, label: s.label, outcome: outcomeOfStage(s) });
    }
    return new StageIndex(map);
  }

  outcome(pipelineId: string | null | undefined, stageId: string | null | undefined): StageOutcome {
    if (!stageId) return 'unknown';
    const exact = pipelineId ? this.stages.get(`${pipelineId}/${stageId}`) : undefined;
    if (exact) return exact.outcome;
    // Without a pipeline id, a stage id is usable only when no pipeline disagrees about it.
    const matches = [...this.stages.values()].filter((s) => s.stageId === stageId);
    const outcomes = new Set(matches.map((s) => s.outcome));
    return outcomes.size === 1 ? [...outcomes][0]! : 'unknown';
  }

  /** Every closed-lost stage, for searches across all pipelines. */
  closedLostStages(): StageInfo[] {
    return [...this.stages.values()].filter((s) => s.outcome === 'closed_lost');
  }

  closedWonStages(): StageInfo[] {
    return [...this.stages.values()].filter((s) => s.outcome === 'closed_won');
  }
}

/** Caches each portal's deal pipelines for a while; reloads when a stage is unknown. */
export class PipelineCache {
  private readonly cache = new Map<string, { index: StageIndex; at: number }>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async stages(hubspot: PipelineReader, options: { refresh?: boolean } = {}): Promise<StageIndex> {
    const hit = this.cache.get(hubspot.portalId);
    if (hit && !options.refresh && this.now() - hit.at < this.ttlMs) return hit.index;
    const index = StageIndex.from(await hubspot.dealPipelines());
    this.cache.set(hubspot.portalId, { index, at: this.now() });
    return index;
  }

  /** The outcome of a deal's stage, reloading the pipelines once if the stage is not known yet. */
  async outcome(hubspot: PipelineReader, pipelineId: string | null | undefined, stageId: string | null | undefined): Promise<StageOutcome> {
    const first = (await this.stages(hubspot)).outcome(pipelineId, stageId);
    if (first !== 'unknown' || !stageId) return first;
    return (await this.stages(hubspot, { refresh: true })).outcome(pipelineId, stageId);
  }

  forget(portalId: string): void {
    this.cache.delete(portalId);
  }
}
