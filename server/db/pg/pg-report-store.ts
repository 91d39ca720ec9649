/**
 * The dashboard's figures as aggregate queries (PostgreSQL and PGlite alike): only counts and the few
 * rows shown leave the database. Effective segment and attribution are the generated columns of
 * migration 0005 (the rep's confirmation when complete, else the suggestion).
 */
import { sql, type Expression, type Kysely } from 'kysely';
import type { Controllability, DefectionSegment, Source } from '../../../src/types';
import type { PlanStatus, PortalId, PortalReportFigures, ReportStore } from '../ports';
import type { DB } from '../schema';

type Count = string | number;

/** An ISO date in UTC (what the snapshot's `iso()` writes), or a bare date: both read as UTC, like JS `new Date`. */
const ISO_UTC = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?Z$';
const ISO_DAY = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/**
 * The analysis' close date as a timestamp; null when absent or not an ISO date. The pattern keeps other
 * text away from the cast; Regain itself only ever stores `toISOString()` dates there.
 */
const closeAt = (column: Expression<string | null>) =>
  sql<Date | null>`case when ${column} ~ ${ISO_UTC} then ${column}::timestamptz when ${column} ~ ${ISO_DAY} then (${column} || 'T00:00:00Z')::timestamptz end`;
const monthOf = (at: Expression<Date | null>) => sql<string>`to_char(${at} at time zone 'UTC', 'YYYY-MM')`;

export class PgReportStore implements ReportStore {
  constructor(private readonly db: Kysely<DB>) {}

  async summarise(portalId: PortalId, options: { now: Date; reminders: number; topPriority: number }): Promise<PortalReportFigures> {
    // One read-only snapshot: the figures add up even while deals are being analysed. Sequential, on one
    // connection (PGlite has only one); each query is an aggregate over an index.
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const segments = await analysesBySegment(trx, portalId);
        const figures = {
          winBackPlans: await winBackPlans(trx, portalId),
          winBackByAttribution: await winBackByAttribution(trx, portalId),
          upcomingReminders: await upcomingReminders(trx, portalId, options.now, options.reminders),
          topPriority: await topPriority(trx, portalId, options.topPriority),
        };
        const { daysToReacquire, byMonth: reacquiredByMonth } = await reacquisitions(trx, portalId);
        return {
          analyses: segments.reduce((n, r) => n + r.count, 0),
          analysesBySegment: segments.map(({ segment, count }) => ({ segment, count })),
          internalControllable: segments.reduce((n, r) => n + r.internalControllable, 0),
          ...figures,
          daysToReacquire,
          byMonth: await byMonth(trx, portalId, reacquiredByMonth),
        };
      });
  }
}

async function analysesBySegment(db: Kysely<DB>, portalId: PortalId) {
  const rows = await db
    .selectFrom('analyses')
    .select((eb) => [
      'effective_segment',
      eb.fn.countAll<Count>().as('n'),
      sql<Count>`count(*) filter (where effective_source = 'internal' and effective_controllability = 'controllable')`.as('ic'),
    ])
    .where('portal_id', '=', portalId)
    .groupBy('effective_segment')
    .execute();
  return rows.map((r) => ({ segment: r.effective_segment as DefectionSegment, count: Number(r.n), internalControllable: Number(r.ic) }));
}

async function winBackPlans(db: Kysely<DB>, portalId: PortalId) {
  const rows = await db
    .selectFrom('plans')
    .select((eb) => ['segment', 'status', eb.fn.countAll<Count>().as('n')])
    .where('portal_id', '=', portalId)
    .where('kind', '=', 'win_back')
    .groupBy(['segment', 'status'])
    .execute();
  return rows.map((r) => ({ segment: r.segment as DefectionSegment, status: r.status as PlanStatus, count: Number(r.n) }));
}

async function winBackByAttribution(db: Kysely<DB>, portalId: PortalId) {
  const rows = await db
    .selectFrom('plans as p')
    .leftJoin('analyses as a', (join) => join.onRef('a.portal_id', '=', 'p.portal_id').onRef('a.deal_id', '=', 'p.deal_id'))
    .select((eb) => [
      eb.fn.coalesce('a.effective_source', sql.lit('unknown')).as('source'),
      eb.fn.coalesce('a.effective_controllability', sql.lit('unknown')).as('controllability'),
      eb.fn.countAll<Count>().as('pursued'),
      sql<Count>`count(*) filter (where p.status = 'reacquired')`.as('reacquired'),
    ])
    .where('p.portal_id', '=', portalId)
    .where('p.kind', '=', 'win_back')
    .groupBy(['source', 'controllability'])
    .execute();
  return rows.map((r) => ({ source: r.source as Source, controllability: r.controllability as Controllability, pursued: Number(r.pursued), reacquired: Number(r.reacquired) }));
}

/** Reminders (not cancelled) of the portal's active plans due after `after`, soonest first, with their plan's deal. */
async function upcomingReminders(db: Kysely<DB>, portalId: PortalId, after: Date, limit: number) {
  const rows = await db
    .selectFrom('plan_items as i')
    .innerJoin('plans as p', 'p.id', 'i.plan_id')
    .select(['p.deal_id', 'i.title', 'i.due_date'])
    .where('i.portal_id', '=', portalId)
    .where('p.portal_id', '=', portalId)
    .where('p.status', '=', 'active')
    .where('i.kind', '=', 'reminder')
    .where('i.status', '!=', 'cancelled')
    .where('i.due_date', '>', after)
    .orderBy('i.due_date')
    .orderBy('i.idempotency_key')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ dealId: r.deal_id, title: r.title, dueDate: r.due_date }));
}

async function topPriority(db: Kysely<DB>, portalId: PortalId, limit: number) {
  // The order of the partial index analyses_portal_priority_idx: the first `limit` rows of it.
  const rows = await db
    .selectFrom('analyses')
    .select(['deal_id', 'effective_segment', 'priority', 'second_lifetime_value'])
    .where('portal_id', '=', portalId)
    .where('priority_rank', '>', 0)
    .orderBy('priority_rank', 'desc')
    .orderBy('second_lifetime_value', 'desc')
    .orderBy('updated_at', 'desc')
    .orderBy('deal_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ dealId: r.deal_id, segment: r.effective_segment as DefectionSegment, priority: r.priority ?? 'none', secondLifetimeValue: r.second_lifetime_value ?? 0 }));
}

/**
 * Reacquisitions in one pass over `reacquired`: per month and overall (GROUPING SETS' empty set, the row
 * where grouping(month) is 1), with the days from loss to reacquisition where the loss date is known
 * (percentile_cont, avg and count(d) skip the nulls).
 */
async function reacquisitions(db: Kysely<DB>, portalId: PortalId) {
  const rows = await withReacquired(db, portalId)
    .selectFrom((qb) =>
      qb
        .selectFrom('reacquired')
        .select([
          monthOf(sql.ref('reacquired.at')).as('month'),
          // greatest() skips nulls: an unknown loss date must stay null, not become 0 days.
        sql<number | null>`case when reacquired.lost_at is not null then greatest(0, extract(epoch from (reacquired.at - reacquired.lost_at)) / 86400)::double precision end`.as('d')])
        .as('r'),
    )
    .select((eb) => [
      'r.month',
      eb.fn.countAll<Count>().as('reacquired'),
      eb.fn.count<Count>('r.d').as('n'),
      sql<number | null>`percentile_cont(0.5) within group (order by r.d)`.as('median'),
      sql<number | null>`avg(r.d)`.as('mean'),
      sql<number>`grouping(r.month)`.as('total'),
    ])
    .groupBy(sql`grouping sets ((r.month), ())`)
    .execute();
  const total = rows.find((r) => Number(r.total) === 1);
  const n = Number(total?.n ?? 0);
  return {
    daysToReacquire: { median: n === 0 ? null : Number(total!.median), mean: n === 0 ? null : Number(total!.mean), count: n },
    byMonth: new Map(rows.filter((r) => Number(r.total) === 0).map((r) => [r.month, Number(r.reacquired)])),
  };
}

/** Per month: lost customers by close month, win-back plans started; merged with the reacquisitions. */
async function byMonth(db: Kysely<DB>, portalId: PortalId, reacquired: Map<string, number>) {
  const rows = await db
    .selectFrom((qb) =>
      qb
        .selectFrom('analyses')
        .select((eb) => [sql<string>`close_month`.as('month'), eb.fn.countAll<Count>().as('lost'), sql<Count>`0`.as('pursued')])
        .where('portal_id', '=', portalId)
        .where('customer_status', '=', 'lost_customer')
        .where('close_month', 'is not', null)
        .groupBy('close_month')
        .unionAll(
          qb
            .selectFrom('plans')
            .select((eb) => [monthOf(sql.ref('created_at')).as('month'), sql<Count>`0`.as('lost'), eb.fn.countAll<Count>().as('pursued')])
            .where('portal_id', '=', portalId)
            .where('kind', '=', 'win_back')
            .groupBy(sql`1`),
        )
        .as('m'),
    )
    .select((eb) => ['m.month', eb.fn.sum<Count>('m.lost').as('lost'), eb.fn.sum<Count>('m.pursued').as('pursued')])
    .groupBy('m.month')
    .execute();
  const months = new Map(rows.map((r) => [r.month, { month: r.month, lost: Number(r.lost), pursued: Number(r.pursued), reacquired: reacquired.get(r.month) ?? 0 }]));
  for (const [month, n] of reacquired) if (!months.has(month)) months.set(month, { month, lost: 0, pursued: 0, reacquired: n });
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/**
 * `reacquired`: one row per reacquired customer. Outcome tracking first; a deal it does not know as
 * reacquired counts when a rep ended a win-back plan as reacquired (the latest such plan with an end date).
 */
function withReacquired(db: Kysely<DB>, portalId: PortalId) {
  return db.with('reacquired', (qc) =>
    qc
      .selectFrom('lost_customers')
      .select(['deal_id', sql<Date>`reacquired_at`.as('at'), 'lost_at'])
      .where('portal_id', '=', portalId)
      .where('reacquired_at', 'is not', null)
      .unionAll(
        qc
          .selectFrom((qb) =>
            qb
              .selectFrom('plans as p')
              .leftJoin('analyses as a', (join) => join.onRef('a.portal_id', '=', 'p.portal_id').onRef('a.deal_id', '=', 'p.deal_id'))
              .distinctOn('p.deal_id')
              .select(['p.deal_id', sql<Date>`p.ended_at`.as('at'), closeAt(sql.ref('a.close_date')).as('lost_at')])
              .where('p.portal_id', '=', portalId)
              .where('p.kind', '=', 'win_back')
              .where('p.status', '=', 'reacquired')
              .where('p.ended_at', 'is not', null)
              .where(({ not, exists, selectFrom }) =>
                not(exists(selectFrom('lost_customers as o').select(sql.lit(1).as('one')).whereRef('o.portal_id', '=', 'p.portal_id').whereRef('o.deal_id', '=', 'p.deal_id').where('o.reacquired_at', 'is not', null))),
              )
              .orderBy('p.deal_id')
              .orderBy('p.created_at', 'desc')
              .orderBy('p.id', 'desc')
              .as('latest'),
          )
          .selectAll('latest'),
      ),
  );
}
