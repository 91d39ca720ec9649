/** Backfill runs in memory: the same rules as PgBackfillRunStore (one unfinished run per portal, a lease). */
import type { BackfillProgress, BackfillRun, BackfillRunStore, BackfillStatus, PortalId } from '../ports';
import { emptyBackfillTally } from '../store-rules';
import { deepCopy } from './deep-copy';
import type { PortalScoped } from './portal-scoped';

const unfinished = (r: BackfillRun) => r.status === 'queued' || r.status === 'running';

export class MemoryBackfillRunStore implements BackfillRunStore, PortalScoped {
  private runs: BackfillRun[] = [];

  async create(run: Pick<BackfillRun, 'id' | 'portalId' | 'since' | 'until' | 'plans' | 'dryRun'>, now: Date): ReturnType<BackfillRunStore['create']> {
    const current = this.runs.find((r) => r.portalId === run.portalId && unfinished(r));
    if (current) return { ok: false, current: deepCopy(current) };
    const row: BackfillRun = {
      ...deepCopy(run),
      status: 'queued',
      startedAt: new Date(now),
      updatedAt: new Date(now),
      finishedAt: null,
      found: 0,
      analysed: 0,
      written: 0,
      unchanged: 0,
      plansCreated: 0,
      failed: 0,
      checkpoint: null,
      tally: emptyBackfillTally(),
      error: null,
      owner: null,
    };
    this.runs.push(row);
    return { ok: true, run: deepCopy(row) };
  }

  async get(portalId: PortalId, runId: string): Promise<BackfillRun | undefined> {
    const r = this.find(portalId, runId);
    return r && deepCopy(r);
  }

  async latest(portalId: PortalId): Promise<BackfillRun | undefined> {
    const mine = this.runs.filter((r) => r.portalId === portalId);
    const r = mine.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())[0];
    return r && deepCopy(r);
  }

  async unfinished(portalId: PortalId): Promise<BackfillRun | undefined> {
    const r = this.runs.find((x) => x.portalId === portalId && unfinished(x));
    return r && deepCopy(r);
  }

  async claim(portalId: PortalId, runId: string, owner: string, now: Date, staleBefore: Date): Promise<BackfillRun | undefined> {
    const r = this.find(portalId, runId);
    if (!r || !(unfinished(r) || r.status === 'failed')) return undefined;
    if (r.owner !== null && r.owner !== owner && r.updatedAt.getTime() >= staleBefore.getTime()) return undefined;
    if (r.status === 'failed' && this.runs.some((x) => x.portalId === portalId && x !== r && unfinished(x))) return undefined;
    Object.assign(r, { status: 'running', owner, updatedAt: new Date(now), error: null, finishedAt: null });
    return deepCopy(r);
  }

  async saveProgress(portalId: PortalId, runId: string, owner: string, p: BackfillProgress, now: Date): Promise<boolean> {
    const r = this.find(portalId, runId);
    if (!r || r.owner !== owner || r.status !== 'running') return false;
    Object.assign(r, JSON.parse(JSON.stringify(p)) as BackfillProgress, { updatedAt: new Date(now) });
    return true;
  }

  async finish(portalId: PortalId, runId: string, status: Exclude<BackfillStatus, 'queued' | 'running'>, error: string | null, now: Date): Promise<void> {
    const r = this.find(portalId, runId);
    if (!r || !unfinished(r)) return;
    Object.assign(r, { status, error, finishedAt: new Date(now), updatedAt: new Date(now), owner: null });
  }

  deletePortal(portalId: PortalId): void {
    this.runs = this.runs.filter((r) => r.portalId !== portalId);
  }

  private find(portalId: PortalId, runId: string): BackfillRun | undefined {
    return this.runs.find((r) => r.portalId === portalId && r.id === runId);
  }
}
