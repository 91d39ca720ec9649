import type { IssuedTokens } from './auth/tokens';
import { OBJECT_TYPES, resolveObjectType, type ObjectType } from './crm/object-types';
import type { CrmObject } from './crm/object-store';
import { stageOutcome } from './crm/pipelines';
import { commitUpdate, requireRecord } from './crm/records';
import { normalizeProperties, propertyErrorMessage } from './crm/validate';
import type { Portal } from './portal';
import { seedPortal } from './seed/generate';
import type { SeedSpec, SeedSummary } from './seed/types';
import type { CreatePortalOptions, World } from './world';

/** A portal as the admin API lists it. */
export interface PortalSummary {
  portalId: number;
  name: string;
  domain: string;
  installed: boolean;
  counts: Record<ObjectType, number>;
}

/** A record with every property and all its associations (admin view, not an API shape). */
export interface ObjectView {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  associations: Partial<Record<ObjectType, { id: string; typeIds: number[] }[]>>;
}

/** Options of the admin "move deal" action (what a user does in the CRM UI). */
export interface MoveDealOptions {
  pipelineId?: string;
  closedLostReason?: string;
  /** The acting HubSpot user (default: the portal's first owner). */
  userId?: number;
}

/** Summarises a portal. */
export function summarizePortal(portal: Portal): PortalSummary {
  const counts = Object.fromEntries(OBJECT_TYPES.map((t) => [t, portal.stores[t].size])) as Record<ObjectType, number>;
  return { portalId: portal.id, name: portal.name, domain: portal.domain, installed: portal.installed, counts };
}

/** Creates a portal and optionally seeds it. */
export function createPortal(world: World, opts: CreatePortalOptions & { seed?: SeedSpec } = {}): PortalSummary & { seed?: SeedSummary } {
  const portal = world.createPortal(opts);
  const seeded = opts.seed === undefined ? undefined : seedPortal(portal, opts.seed);
  return { ...summarizePortal(portal), ...(seeded ? { seed: seeded } : {}) };
}

/** Seeds an existing portal. */
export function seedExistingPortal(world: World, portalId: number, spec: SeedSpec): SeedSummary {
  return seedPortal(world.requirePortal(portalId), spec);
}

/** Every record of one type in a portal, with associations. */
export function listObjects(world: World, portalId: number, rawType: string): ObjectView[] {
  const portal = world.requirePortal(portalId);
  const type = requireType(rawType);
  return [...portal.stores[type].values()].map((obj) => viewObject(portal, type, obj));
}

/** One record with associations, or undefined. */
export function getObject(world: World, portalId: number, rawType: string, id: string): ObjectView | undefined {
  const portal = world.requirePortal(portalId);
  const type = requireType(rawType);
  const obj = portal.stores[type].get(String(id));
  return obj && viewObject(portal, type, obj);
}

/**
 * Moves a deal to a stage as a user would in the CRM UI; fires the dealstage webhook
 * with changeSource CRM_UI and sourceId "userId:<id>".
 */
export function moveDealToStage(world: World, portalId: number, dealId: string, stageId: string, opts: MoveDealOptions = {}): ObjectView {
  const portal = world.requirePortal(portalId);
  const deal = requireRecord(portal, 'deals', String(dealId));
  const input: Record<string, unknown> = { dealstage: stageId };
  if (opts.pipelineId) input.pipeline = opts.pipelineId;
  if (opts.closedLostReason !== undefined) input.closed_lost_reason = opts.closedLostReason;
  const { values, errors } = normalizeProperties(input, portal.propertyContext('deals'), deal.properties);
  if (errors.length) throw new Error(propertyErrorMessage(errors));
  const userId = opts.userId ?? portal.owners[0]?.userId ?? 0;
  commitUpdate(portal, 'deals', deal, values, { now: world.clock.now(), source: { changeSource: 'CRM_UI', sourceId: `userId:${userId}` } });
  return viewObject(portal, 'deals', deal);
}

/** Moves a deal to the closed-lost stage of its own pipeline (found by stage metadata), as a user would. */
export function loseDeal(world: World, portalId: number, dealId: string, opts: Omit<MoveDealOptions, 'pipelineId'> = {}): ObjectView {
  const portal = world.requirePortal(portalId);
  const deal = requireRecord(portal, 'deals', String(dealId));
  const pipeline = portal.pipelines.deals.find((p) => p.id === deal.properties.pipeline);
  const stage = pipeline?.stages.find((s) => stageOutcome(s) === 'closed_lost');
  if (!stage) throw new Error(`deal ${dealId} has no pipeline with a closed-lost stage`);
  return moveDealToStage(world, portalId, dealId, stage.id, opts);
}

/** Installs the app into a portal (tokens without the OAuth dance). */
export function installApp(world: World, portalId: number, scopes?: string[]): IssuedTokens {
  return world.installApp(portalId, scopes);
}

function requireType(raw: string): ObjectType {
  const type = resolveObjectType(raw);
  if (!type) throw new Error(`unknown object type ${raw}; use one of ${OBJECT_TYPES.join(', ')}`);
  return type;
}

function viewObject(portal: Portal, type: ObjectType, obj: CrmObject): ObjectView {
  const associations: ObjectView['associations'] = {};
  for (const to of OBJECT_TYPES) {
    const edges = portal.associations.list(type, obj.id, to);
    if (edges.length) associations[to] = edges.map((e) => ({ id: e.toId, typeIds: e.typeIds }));
  }
  return {
    id: obj.id, properties: { ...obj.properties }, createdAt: new Date(obj.createdAt).toISOString(),
    updatedAt: new Date(obj.updatedAt).toISOString(), archived: obj.archived, associations,
  };
}
