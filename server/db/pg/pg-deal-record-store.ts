/**
 * The deal record in PostgreSQL/PGlite: the deal's evidence, analysis, portal settings and current plan with its
 * items in one statement (a row of subqueries, each as JSON), mapped by the same functions as each store's own read.
 * JSON carries timestamps as ISO text: they are turned back into Dates here, as the driver does for a row.
 */
import type { Kysely, Selectable } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DealRecord, DealRecordStore } from '../deal-record-ports';
import type { PortalId } from '../ports';
import type { DB } from '../schema';
import { fromRow } from './pg-analysis-rows';
import { fromEvidenceRow } from './pg-evidence-store';
import { currentPlanQuery, fromItemRow, fromPlanRow } from './pg-plan-store';

/** The timestamp columns of each table read, as JSON gives them back (text). */
const DATES = {
  deal_evidence: ['gathered_at'],
  analyses: ['confirmed_at', 'created_at', 'updated_at'],
  plans: ['created_at', 'updated_at', 'ended_at'],
  plan_items: ['due_date', 'write_attempted_at', 'created_at', 'updated_at'],
} as const satisfies { [T in keyof DB]?: ReadonlyArray<keyof DB[T]> };

export class PgDealRecordStore implements DealRecordStore {
  constructor(private readonly db: Kysely<DB>) {}

  async read(portalId: PortalId, dealId: string): Promise<DealRecord> {
    const plan = currentPlanQuery(this.db, portalId, dealId).select((eb) =>
      jsonArrayFrom(eb.selectFrom('plan_items').selectAll('plan_items').where('plan_items.portal_id', '=', portalId).whereRef('plan_items.plan_id', '=', 'plans.id').orderBy('plan_items.position')).as('items'),
    );
    const row = await this.db
      .selectNoFrom((eb) => [
        jsonObjectFrom(eb.selectFrom('deal_evidence').selectAll().where('portal_id', '=', portalId).where('deal_id', '=', dealId)).as('evidence'),
        jsonObjectFrom(eb.selectFrom('analyses').selectAll().where('portal_id', '=', portalId).where('deal_id', '=', dealId)).as('analysis'),
        eb.selectFrom('portal_settings').select('settings').where('portal_id', '=', portalId).as('settings'),
        jsonObjectFrom(plan).as('plan'),
      ])
      .executeTakeFirstOrThrow();
    const items = row.plan ? [...row.plan.items].sort((a, b) => a.position - b.position) : [];
    return {
      evidence: row.evidence ? fromEvidenceRow(withDates('deal_evidence', row.evidence)) : undefined,
      analysis: row.analysis ? fromRow(withDates('analyses', row.analysis)) : undefined,
      settings: row.settings ?? undefined,
      plan: row.plan ? { plan: fromPlanRow(withDates('plans', row.plan)), items: items.map((i) => fromItemRow(withDates('plan_items', i))) } : undefined,
    };
  }
}

/** A table's row read as JSON, with its timestamp columns as Dates again (null stays null). */
function withDates<T extends keyof typeof DATES>(table: T, row: object): Selectable<DB[T]> {
  const out: Record<string, unknown> = { ...row };
  for (const c of DATES[table]) if (typeof out[c] === 'string') out[c] = new Date(out[c]);
  return out as Selectable<DB[T]>;
}
