/**
 * Backfill runs in PostgreSQL/PGlite. One unfinished run per portal is enforced by the partial unique
 * index `backfill_runs_one_unfinished_per_portal`; the lease (`owner` + `updated_at` heartbeat) is taken
 * and renewed with conditional UPDATEs, so two workers can never both advance one run's checkpoint.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { BackfillProgress, BackfillRun, BackfillRunStore, BackfillStatus, PortalId } from '../ports';
import type { BackfillRunsTable, DB } from '../schema';
import { emptyBackfillTally } from '../store-rules';
import { isUniqueViolation } from './pg-errors';

const UNFINISHED = sql<boolean>`status in ('queued', 'running')`;
const RESUMABLE = sql<boolean>`status in ('queued', 'running', 'failed')`;

export class PgBackfillRunStore implements BackfillRunStore {
  constructor(private readonly db: Kysely<DB>) {}

  async create(run: Pick<BackfillRun, 'id' | 'portalId' | 'since' | 'until' | 'plans' | 'dryRun'>, now: Date): ReturnType<BackfillRunStore['create']> {
    try {
      const row = await this.db
        .insertInto('backfill_runs')
        .values({
          id: run.id,
          portal_id: run.portalId,
          status: 'queued',
          since: run.since,
          until: run.until,
          plans: run.plans,
          dry_run: run.dryRun,
          started_at: now,
          updated_at: now,
          tally: JSON.stringify(emptyBackfillTally()),
          checkpoint: null,
          found: 0,
          analysed: 0,
          written: 0,
          unchanged: 0,
          plans_created: 0,
          failed: 0,
          error: null,
          owner: null,
          finished_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { ok: true, run: fromRow(row) };
    } catch (err) {
      if (!isUniqueViolation(err, 'backfill_runs_one_unfinished_per_portal')) throw err;
      const current = await this.unfinished(run.portalId);
      if (!current) throw err;
      return { ok: false, current };
    }
  }

  async get(portalId: PortalId, runId: string): Promise<BackfillRun | undefined> {
    const row = await this.db.selectFrom('backfill_runs').selectAll().where('portal_id', '=', portalId).where('id', '=', runId).executeTakeFirst();
    return row && fromRow(row);
  }

  async latest(portalId: PortalId): Promise<BackfillRun | undefined> {
    const row = await this.db.selectFrom('backfill_runs').selectAll().where('portal_id', '=', portalId).orderBy('started_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
    return row && fromRow(row);
  }

  async unfinished(portalId: PortalId): Promise<BackfillRun | undefined> {
    const row = await this.db.selectFrom('backfill_runs').selectAll().where('portal_id', '=', portalId).where(UNFINISHED).executeTakeFirst();
    return row && fromRow(row);
  }

  async claim(portalId: PortalId, runId: string, owner: string, now: Date, staleBefore: Date): Promise<BackfillRun | undefined> {
    try {
      const row = await this.db
        .updateTable('backfill_runs')
        .set({ status: 'running', owner, updated_at: now, error: null, finished_at: null })
        .where('portal_id', '=', portalId)
        .where('id', '=', runId)
        .where(RESUMABLE)
        .where((eb) => eb.or([eb('owner', 'is', null), eb('owner', '=', owner), eb('updated_at', '<', staleBefore)]))
        .returningAll()
        .executeTakeFirst();
      return row && fromRow(row);
    } catch (err) {
      // Resuming a failed run while another run is unfinished: the partial unique index says no.
      if (isUniqueViolation(err, 'backfill_runs_one_unfinished_per_portal')) return undefined;
      throw err;
    }
  }

  async saveProgress(portalId: PortalId, runId: string, owner: string, p: BackfillProgress, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('backfill_runs')
      .set({
        found: p.found,
        analysed: p.analysed,
        written: p.written,
        unchanged: p.unchanged,
        plans_created: p.plansCreated,
        failed: p.failed,
        checkpoint: p.checkpoint ? JSON.stringify(p.checkpoint) : null,
        tally: JSON.stringify(p.tally),
        updated_at: now,
      })
      .where('portal_id', '=', portalId)
      .where('id', '=', runId)
      .where('owner', '=', owner)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async finish(portalId: PortalId, runId: string, status: Exclude<BackfillStatus, 'queued' | 'running'>, error: string | null, now: Date): Promise<void> {
    await this.db
      .updateTable('backfill_runs')
      .set({ status, error, finished_at: now, updated_at: now, owner: null })
      .where('portal_id', '=', portalId)
      .where('id', '=', runId)
      .where(UNFINISHED)
      .execute();
  }
}

function fromRow(row: Selectable<BackfillRunsTable>): BackfillRun {
  return {
    id: row.id,
    portalId: row.portal_id,
    status: row.status,
    since: row.since,
    until: row.until,
    plans: row.plans,
    dryRun: row.dry_run,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
    found: row.found,
    analysed: row.analysed,
    written: row.written,
    unchanged: row.unchanged,
    plansCreated: row.plans_created,
    failed: row.failed,
    checkpoint: row.checkpoint,
    tally: row.tally,
    error: row.error,
    owner: row.owner,
  };
}
