/**
 * A large portal for the report's scale test, twice from the same formulas: in the database with
 * generate_series (one INSERT ... SELECT per table), and as plain objects for the memory computation.
 * Deal i (1..n): segment, attribution, priority and close date cycle with i; every 7th is confirmed.
 */
import { sql, type Kysely } from 'kysely';
import type { LostCustomerOutcome, StoredAnalysis, StoredPlan, StoredPlanItem } from '../../../server/db/ports';
import type { DB } from '../../../server/db/schema';
import type { DefectionAnalysis, DefectionSegment, PlanKind } from '../../../src/types';
import { anAnalysisWith, T0 } from '../db/helpers/store-fixtures';

const SEG = ['bought_away', 'pulled_away', 'unintentionally_pushed_away', 'moved_away', 'intentionally_pushed_away', 'undetermined'] as const;
const SRC = ['internal', 'external', 'unknown'] as const;
const CTL = ['controllable', 'uncontrollable', 'unknown'] as const;
const PRI = ['high', 'medium', 'low', 'none'] as const;
const STATUS = ['active', 'paused', 'stopped', 'reacquired'] as const;
const DAY = 86_400_000;
const MIN = 60_000;

export const REPORT_NOW = new Date('2025-06-15T00:00:00.000Z');
export interface ScaleSizes { analyses: number; plans: number; olderPlans: number; lostCustomers: number }
export const sizesFor = (n: number): ScaleSizes => ({ analyses: n, plans: Math.round(n * 0.3), olderPlans: Math.round(n * 0.03), lostCustomers: Math.round(n * 0.2) });

const dealOf = (i: number) => `d${String(i).padStart(7, '0')}`;
const arr = (xs: readonly string[]) => sql`array[${sql.join(xs.map((x) => sql.lit(x)))}]`;

/** Inserts the portal's rows; the analysis JSON is a real analysis with the report's fields replaced. */
export async function seedScalePortal(db: Kysely<DB>, p: string, s: ScaleSizes): Promise<void> {
  const template = JSON.stringify(anAnalysisWith('template', { segment: 'bought_away', source: 'external', controllability: 'controllable', priority: 'high', secondLifetimeValue: 0 }));
  await sql`insert into analyses (portal_id, deal_id, suggested, confirmed_segment, confirmed_source, confirmed_stability, confirmed_controllability, confirmed_by, confirmed_at, version, created_at, updated_at)
    select ${p}, d, t || jsonb_build_object(
        'dealId', d,
        'classification', (t->'classification') || jsonb_build_object('segment', (${arr(SEG)})[i % 6 + 1], 'customerStatus', case when i % 5 = 0 then 'lost_prospect' else 'lost_customer' end),
        'attribution', (t->'attribution') || jsonb_build_object('source', (t->'attribution'->'source') || jsonb_build_object('value', (${arr(SRC)})[i % 3 + 1]),
          'controllability', (t->'attribution'->'controllability') || jsonb_build_object('value', (${arr(CTL)})[(i / 3) % 3 + 1])),
        'worthiness', (t->'worthiness') || jsonb_build_object('priority', (${arr(PRI)})[i % 4 + 1], 'secondLifetimeValue', (i * 37) % 10007),
        'timing', (t->'timing') || jsonb_build_object('closeDate', case when i % 11 <> 0 then to_char(timestamp '2024-01-01' + make_interval(days => i % 700, hours => i % 24, mins => i % 60), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') end)),
      case when i % 7 = 0 then (${arr(SEG)})[(i + 1) % 6 + 1] end, case when i % 7 = 0 then (${arr(SRC)})[(i + 1) % 3 + 1] end,
      case when i % 7 = 0 then 'stable' end, case when i % 7 = 0 then (${arr(CTL)})[(i + 2) % 3 + 1] end,
      case when i % 7 = 0 then 'rep' end, case when i % 7 = 0 then ${T0}::timestamptz end,
      1, ${T0}::timestamptz, ${T0}::timestamptz + make_interval(secs => i % 1000)
    from (select ${template}::jsonb as t) template, generate_series(1, ${s.analyses}) as i, lateral (select 'd' || lpad(i::text, 7, '0') as d) deal`.execute(db);
  // Plans: the current generation for deals 1..plans (a few of deals without an analysis), an older reacquired one for the first deals.
  await sql`insert into plans (id, portal_id, deal_id, kind, segment, status, summary, created_by, created_at, updated_at, ended_at)
    select 'pl' || j, ${p}, case when j > ${s.plans - 500} then 'x' || j else 'd' || lpad(j::text, 7, '0') end,
      case when j % 10 = 0 then 'exit' else 'win_back' end, (${arr(SEG)})[(j + 2) % 6 + 1], (${arr(STATUS)})[j % 4 + 1], 's', 'seed',
      c, c, case when j % 4 >= 2 then c + make_interval(days => j % 90) end
    from generate_series(1, ${s.plans}) as j, lateral (select timestamptz '2025-01-01T00:00:00Z' + make_interval(days => j % 365, mins => j % 1440) as c) t`.execute(db);
  await sql`insert into plans (id, portal_id, deal_id, kind, segment, status, summary, created_by, created_at, updated_at, ended_at)
    select 'po' || k, ${p}, 'd' || lpad(k::text, 7, '0'), 'win_back', (${arr(SEG)})[k % 6 + 1], 'reacquired', 's', 'seed',
      timestamptz '2024-06-01T00:00:00Z' + make_interval(days => k % 30), timestamptz '2024-06-01T00:00:00Z' + make_interval(days => k % 30),
      timestamptz '2024-07-01T00:00:00Z' + make_interval(days => k % 30)
    from generate_series(1, ${s.olderPlans}) as k`.execute(db);
  await sql`insert into plan_items (portal_id, idempotency_key, plan_id, position, kind, code, title, body, due_date, priority, status, attempts, created_at, updated_at)
    select ${p}, 'k' || j, 'pl' || j, 0, 'reminder', 'aw', 'Follow up ' || j, '', ${REPORT_NOW}::timestamptz + make_interval(days => j % 97 - 20),
      'LOW', case when j % 49 = 0 then 'cancelled' else 'pending' end, 0, ${T0}::timestamptz, ${T0}::timestamptz
    from generate_series(7, ${s.plans}, 7) as j`.execute(db);
  await sql`insert into lost_customers (portal_id, deal_id, company_id, lost_at, reacquired_at, detected_by, created_at, updated_at)
    select ${p}, 'd' || lpad((2 * m)::text, 7, '0'), 'c' || (m % 500),
      case when m % 13 <> 0 then timestamptz '2024-03-01T00:00:00Z' + make_interval(days => m % 500) end,
      case when m % 3 = 0 then timestamptz '2025-06-01T00:00:00Z' + make_interval(days => m % 200, mins => m % 600) end,
      case when m % 3 = 0 then 'sweep' end, ${T0}::timestamptz, ${T0}::timestamptz
    from generate_series(1, ${s.lostCustomers}) as m`.execute(db);
  // As autovacuum leaves a table in steady state (visibility map set: index-only scans read no heap).
  await sql`vacuum analyze analyses, plans, plan_items, lost_customers`.execute(db);
}

/** The same rows as plain objects. */
export function scalePortalObjects(p: string, s: ScaleSizes) {
  const base = anAnalysisWith('template', { segment: 'bought_away', source: 'external', controllability: 'controllable', priority: 'high', secondLifetimeValue: 0 });
  const analyses: StoredAnalysis[] = [];
  for (let i = 1; i <= s.analyses; i++) {
    const close = i % 11 === 0 ? null : new Date(Date.UTC(2024, 0, 1) + (i % 700) * DAY + (i % 24) * 3_600_000 + (i % 60) * MIN).toISOString();
    const suggested: DefectionAnalysis = {
      ...base,
      dealId: dealOf(i),
      classification: { ...base.classification, segment: SEG[i % 6]!, customerStatus: i % 5 === 0 ? 'lost_prospect' : 'lost_customer' },
      attribution: { ...base.attribution, source: { ...base.attribution.source, value: SRC[i % 3]! }, controllability: { ...base.attribution.controllability, value: CTL[Math.floor(i / 3) % 3]! } },
      worthiness: { ...base.worthiness, priority: PRI[i % 4]!, secondLifetimeValue: (i * 37) % 10007 },
      timing: { ...base.timing, closeDate: close },
    };
    const confirmed = i % 7 === 0 ? { segment: SEG[(i + 1) % 6]!, source: SRC[(i + 1) % 3]!, stability: 'stable' as const, controllability: CTL[(i + 2) % 3]!, by: 'rep', at: T0 } : null;
    analyses.push({ portalId: p, dealId: dealOf(i), suggested, confirmed, version: 1, updatedAt: new Date(T0.getTime() + (i % 1000) * 1000) });
  }
  const plans: StoredPlan[] = [];
  const plan = (id: string, dealId: string, kind: PlanKind, segment: DefectionSegment, status: StoredPlan['status'], createdAt: Date, endedAt: Date | null) =>
    plans.push({ id, portalId: p, dealId, kind, segment, status, summary: 's', createdBy: 'seed', createdAt, updatedAt: createdAt, endedAt });
  for (let j = 1; j <= s.plans; j++) {
    const c = new Date(Date.UTC(2025, 0, 1) + (j % 365) * DAY + (j % 1440) * MIN);
    plan(`pl${j}`, j > s.plans - 500 ? `x${j}` : dealOf(j), j % 10 === 0 ? 'exit' : 'win_back', SEG[(j + 2) % 6]!, STATUS[j % 4]!, c, j % 4 >= 2 ? new Date(c.getTime() + (j % 90) * DAY) : null);
  }
  for (let k = 1; k <= s.olderPlans; k++) plan(`po${k}`, dealOf(k), 'win_back', SEG[k % 6]!, 'reacquired', new Date(Date.UTC(2024, 5, 1) + (k % 30) * DAY), new Date(Date.UTC(2024, 6, 1) + (k % 30) * DAY));
  const items: StoredPlanItem[] = [];
  for (let j = 7; j <= s.plans; j += 7) {
    items.push({ planId: `pl${j}`, portalId: p, idempotencyKey: `k${j}`, kind: 'reminder', code: 'aw', title: `Follow up ${j}`, body: '', dueDate: new Date(REPORT_NOW.getTime() + ((j % 97) - 20) * DAY), priority: 'LOW', justice: null, ownerRole: null, ownerId: null, status: j % 49 === 0 ? 'cancelled' : 'pending', hubspotTaskId: null, attempts: 0, lastError: null, writeAttemptedAt: null, updatedAt: T0 });
  }
  const outcomes: LostCustomerOutcome[] = [];
  for (let m = 1; m <= s.lostCustomers; m++) {
    const reacquired = m % 3 === 0;
    outcomes.push({ portalId: p, dealId: dealOf(2 * m), companyId: `c${m % 500}`, lostAt: m % 13 !== 0 ? new Date(Date.UTC(2024, 2, 1) + (m % 500) * DAY) : null, reacquiredAt: reacquired ? new Date(Date.UTC(2025, 5, 1) + (m % 200) * DAY + (m % 600) * MIN) : null, wonDealId: null, detectedBy: reacquired ? 'sweep' : null });
  }
  return { analyses, plans, items, outcomes };
}
