/** Counters for one scope (the whole sandbox or one portal). */
export interface StatsCounters {
  total: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  rateLimited: number;
  dropped: number;
}

/** Everything the sandbox counted since start or the last reset. */
export interface StatsSnapshot extends StatsCounters {
  byPortal: Record<string, StatsCounters>;
}

function emptyCounters(): StatsCounters {
  return { total: 0, byKind: {}, byStatus: {}, rateLimited: 0, dropped: 0 };
}

/**
 * Counts API calls by kind ("POST /crm/v3/objects/{type}/batch/create"), by status,
 * 429s and dropped connections, overall and per portal. Admin routes are not counted.
 */
export class StatsCollector {
  private totals = emptyCounters();
  private portals = new Map<string, StatsCounters>();

  /** Records one finished (or dropped) request. */
  record(kind: string, status: number | 'dropped', portalId?: number): void {
    bump(this.totals, kind, status);
    if (portalId === undefined) return;
    const key = String(portalId);
    let counters = this.portals.get(key);
    if (!counters) this.portals.set(key, (counters = emptyCounters()));
    bump(counters, kind, status);
  }

  /** A deep copy of the counters. */
  snapshot(): StatsSnapshot {
    return { ...structuredClone(this.totals), byPortal: Object.fromEntries([...this.portals].map(([k, v]) => [k, structuredClone(v)])) };
  }

  /** Starts counting from zero. */
  reset(): void {
    this.totals = emptyCounters();
    this.portals = new Map();
  }
}

function bump(counters: StatsCounters, kind: string, status: number | 'dropped'): void {
  counters.total++;
  counters.byKind[kind] = (counters.byKind[kind] ?? 0) + 1;
  counters.byStatus[String(status)] = (counters.byStatus[String(status)] ?? 0) + 1;
  if (status === 429) counters.rateLimited++;
  if (status === 'dropped') counters.dropped++;
}
