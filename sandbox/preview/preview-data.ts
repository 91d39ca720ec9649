/**
 * What the local preview's pages show, read straight from the sandbox's CRM (the way HubSpot's own UI reads
 * its CRM): the deals index, one deal's record page (properties, associated company, activity timeline),
 * and who the preview's user is. Plain views, no API shapes.
 */
import type { CrmObject } from '../crm/object-store';
import { stageOutcome, type StageOutcome } from '../crm/pipelines';
import type { Owner, Portal } from '../portal';
import type { World } from '../world';

/** One row of the deals index. */
export interface DealRow {
  id: string;
  name: string;
  company: string | null;
  amount: string | null;
  stage: string;
  outcome: StageOutcome;
  closeDate: string | null;
  segment: string | null;
  planStatus: string | null;
  /** The deal owner's name. */
  owner: string | null;
}

/** One entry of a deal's activity timeline (notes and tasks, newest first, as HubSpot lists them). */
export interface TimelineEntry {
  kind: 'note' | 'task';
  id: string;
  /** The activity date (a task's due date). */
  at: string | null;
  title: string;
  body: string;
  status: string | null;
  owner: string | null;
  /** Tasks: due before the sandbox's "now" and not completed. */
  overdue: boolean;
}

/** The deal record page. */
export interface DealRecord {
  deal: DealRow & { properties: Record<string, string | null> };
  timeline: TimelineEntry[];
  now: string;
}

export type DealFilter = 'all' | 'closed_lost' | 'open' | 'closed_won';

/** The deals of a portal, newest close date first, filtered by stage outcome (read from stage metadata). */
export function listDealRows(world: World, portalId: number, filter: DealFilter): DealRow[] {
  const portal = world.requirePortal(portalId);
  const rows = [...portal.stores.deals.values()].filter((d) => !d.archived).map((d) => dealRow(portal, d));
  const kept = filter === 'all' ? rows : rows.filter((r) => r.outcome === filter);
  return kept.sort((a, b) => (b.closeDate ?? '').localeCompare(a.closeDate ?? '') || Number(b.id) - Number(a.id));
}

/** A deal's record page, or undefined when the portal has no such deal. */
export function dealRecord(world: World, portalId: number, dealId: string): DealRecord | undefined {
  const portal = world.requirePortal(portalId);
  const deal = portal.stores.deals.get(dealId);
  if (!deal || deal.archived) return undefined;
  const now = world.clock.now();
  const timeline = [
    ...activities(portal, dealId, 'notes').map((n) => noteEntry(n)),
    ...activities(portal, dealId, 'tasks').map((t) => taskEntry(portal, t, now)),
  ].sort((a, b) => (b.at ?? '').localeCompare(a.at ?? '') || Number(b.id) - Number(a.id));
  return { deal: { ...dealRow(portal, deal), properties: { ...deal.properties } }, timeline, now: new Date(now).toISOString() };
}

/** The company a deal is associated with (the first one), if any. */
export function companyOfDeal(portal: Portal, dealId: string): CrmObject | undefined {
  const edge = portal.associations.list('deals', dealId, 'companies')[0];
  return edge ? portal.stores.companies.get(edge.toId) : undefined;
}

/** The preview's signed-in user: the portal's first owner, as HubSpot's `context.user` describes a user. */
export function previewUser(portal: Portal): Owner {
  const owner = portal.owners[0];
  if (!owner) throw new Error(`portal ${portal.id} has no owner to sign in as`);
  return owner;
}

function dealRow(portal: Portal, deal: CrmObject): DealRow {
  const p = deal.properties;
  const stage = portal.findStage('deals', p.pipeline, p.dealstage);
  const company = companyOfDeal(portal, deal.id);
  const owner = portal.owners.find((o) => o.id === p.hubspot_owner_id);
  return {
    id: deal.id,
    name: p.dealname ?? `Deal ${deal.id}`,
    company: company?.properties.name ?? null,
    amount: p.amount ?? null,
    stage: stage?.label ?? p.dealstage ?? '',
    outcome: stage ? stageOutcome(stage) : 'open',
    closeDate: p.closedate ?? null,
    segment: p.regain_segment ?? null,
    planStatus: p.regain_plan_status ?? null,
    owner: owner ? `${owner.firstName} ${owner.lastName}` : null,
  };
}

function activities(portal: Portal, dealId: string, type: 'notes' | 'tasks'): CrmObject[] {
  return portal.associations.list('deals', dealId, type)
    .map((e) => portal.stores[type].get(e.toId))
    .filter((o): o is CrmObject => o !== undefined && !o.archived);
}

function noteEntry(note: CrmObject): TimelineEntry {
  const body = stripHtml(note.properties.hs_note_body ?? '');
  return { kind: 'note', id: note.id, at: note.properties.hs_timestamp ?? null, title: 'Note', body, status: null, owner: null, overdue: false };
}

function taskEntry(portal: Portal, task: CrmObject, now: number): TimelineEntry {
  const p = task.properties;
  const owner = portal.owners.find((o) => o.id === p.hubspot_owner_id);
  const due = p.hs_timestamp ? Date.parse(p.hs_timestamp) : NaN;
  return {
    kind: 'task', id: task.id, at: p.hs_timestamp ?? null, title: p.hs_task_subject ?? 'Task', body: stripHtml(p.hs_task_body ?? ''),
    status: p.hs_task_status ?? null, owner: owner ? `${owner.firstName} ${owner.lastName}` : null,
    overdue: Number.isFinite(due) && due < now && p.hs_task_status !== 'COMPLETED',
  };
}

// HubSpot stores note and task bodies as HTML; the timeline shows their text.
function stripHtml(html: string): string {
  return html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();
}
